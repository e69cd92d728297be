import ActionJournal
import ArgumentParser

/// `shodo journal verify JOURNAL [--expect CODE] [--key FILE]`
struct JournalVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a journal's integrity; exit 0 intact, 1 not intact, 2 could not check.",
        discussion: """
            Prints OK, the range of lines verified and the verification code of the last complete line, or
            `line N: REASON` for the first bad line. Takes no lock and never writes.
            With --expect CODE (the code written down at the end of a run or read over the phone), also proves
            that nothing was cut from the end or rewritten up to that moment.
            With --key FILE (the first seal key K_0 from `shodo journal keygen`), also checks that the journal is
            sealed under it: every MAC with its epoch's key and a seal at least every 50 records. A file that is not
            64 hex digits and a newline is refused (exit 2).
            Exit status: 0 intact; 1 not intact (a line fails its check); 2 could not check: the journal or the
            key cannot be read (missing, unreadable, not a regular file — a FIFO or a device is refused at once,
            never waited on) or the command line is wrong. A 2 says nothing about the journal's integrity.
            """)

    @Argument(help: "The journal file.") var journal: String
    @Option(
        help: ArgumentHelp(
            "A verification code noted earlier (XXXX-XXXX-XXXX-XXXX-XXXX).", valueName: "CODE"))
    var expect: String?
    @Option(
        help: ArgumentHelp(
            "The first seal key K_0 (the file `shodo journal keygen` wrote).", valueName: "FILE"))
    var key: String?

    func validate() throws {
        if let expect, VerificationCode(parsing: expect) == nil {
            throw ValidationError(
                "--expect: '\(expect)' is not a verification code (20 characters, e.g. 7K2M-QX9D-…)."
            )
        }
    }

    func run() throws {
        let expected = expect.flatMap(VerificationCode.init(parsing:))
        var sealKey: SealKey?
        if let key {
            do throws(SealingError) {
                sealKey = try SealKey.readKeyFile(key)
            } catch {
                StandardStreams.error("--key: \(error.description)")
                throw ExitCode(2)
            }
        }
        defer { sealKey?.erase() }
        let report: VerificationReport
        do {
            report = try JournalVerifier.verify(path: journal, expectedCode: expected, key: sealKey)
        } catch {
            // Could not read it: no verdict on its integrity, so not the "not intact" status.
            StandardStreams.error(error.description)
            throw ExitCode(2)
        }
        for line in report.lines { StandardStreams.output(line) }
        if !report.isIntact { throw ExitCode(1) }
    }
}
