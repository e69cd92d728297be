import ActionJournal
import ArgumentParser

/// `shodo journal verify JOURNAL [--expect CODE]`
struct JournalVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a journal's integrity; exit 0 intact, 1 not intact.",
        discussion: """
            Prints OK, the range of lines verified and the verification code of the last complete line, or
            `line N: REASON` for the first bad line. Takes no lock and never writes.
            With --expect CODE (the code written down at the end of a run or read over the phone), also proves
            that nothing was cut from the end or rewritten up to that moment.
            """)

    @Argument(help: "The journal file.") var journal: String
    @Option(help: ArgumentHelp("A verification code noted earlier (XXXX-XXXX-XXXX-XXXX-XXXX).", valueName: "CODE"))
    var expect: String?

    func validate() throws {
        if let expect, VerificationCode(parsing: expect) == nil {
            throw ValidationError("--expect: '\(expect)' is not a verification code (20 characters, e.g. 7K2M-QX9D-…).")
        }
    }

    func run() throws {
        let expected = expect.flatMap(VerificationCode.init(parsing:))
        let report: VerificationReport
        do {
            report = try JournalVerifier.verify(path: journal, expectedCode: expected)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
        for line in report.lines { StandardStreams.output(line) }
        if !report.isIntact { throw ExitCode(1) }
    }
}
