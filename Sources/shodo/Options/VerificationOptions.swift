import ActionJournal
import ArgumentParser
import JournalReports

/// `--expect CODE` (one per journal, in order) and `--key FILE`: what a view may claim
/// beyond the chain (docs/journal.md "What a view may claim"). Shared by `review`,
/// `journal show`, `journal export` and `journal merge`.
struct VerificationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The verification code written down for a journal (XXXX-XXXX-XXXX-XXXX-XXXX, dashes and case optional); "
                + "repeat it, one per journal, in the order the journals are given.",
            valueName: "CODE"))
    var expect: [String] = []

    @Option(
        help: ArgumentHelp(
            "The first seal key K_0 (the file `shodo journal keygen` wrote): checks every seal.",
            valueName: "FILE"))
    var key: String?

    /// The codes, parsed; a code that is not 20 characters of the alphabet is refused with its place.
    func codes(journalCount: Int) throws -> [VerificationCode] {
        if expect.count > journalCount {
            throw ValidationError(
                "--expect given \(expect.count) times for \(journalCount) journal(s): give one code per journal, in the same order."
            )
        }
        var codes: [VerificationCode] = []
        for (index, text) in expect.enumerated() {
            guard let code = VerificationCode(parsing: text) else {
                throw ValidationError(
                    "--expect (\(index + 1)): '\(text)' is not a verification code (20 characters of 0-9 and A-Z "
                        + "without I, L, O, U, e.g. 7K2M-QX9D-…; dashes and lower case are fine).")
            }
            codes.append(code)
        }
        return codes
    }

    /// The key from `--key`, read; a file that is not a key exits 2 with what is wrong.
    func sealKey() throws -> SealKey? {
        try key.map(Self.readKey)
    }

    /// The key in the `K_0` file at `path`; a file that is not a key exits 2 with what is wrong.
    static func readKey(_ path: String) throws -> SealKey {
        do throws(SealingError) {
            return try SealKey.readKeyFile(path)
        } catch {
            StandardStreams.error("--key: \(error.description)")
            throw ExitCode(2)
        }
    }

    /// Opens and verifies each journal with its code (by position) and the key, reporting
    /// on standard error every one that is not intact.
    func openSources(_ journals: [String]) throws -> [JournalSource] {
        let codes = try codes(journalCount: journals.count)
        let key = try sealKey()
        defer { key?.erase() }
        var sources: [JournalSource] = []
        do throws(ReportError) {
            for (index, path) in journals.enumerated() {
                let code = index < codes.count ? codes[index] : nil
                let source = try JournalSource(
                    path: path, index: index, expectedCode: code, key: key)
                if !source.verification.isIntact {
                    StandardStreams.error(
                        "warning: \(path): \(source.verdict.headline(.english)) It is shown as recorded, nothing repaired."
                    )
                }
                sources.append(source)
            }
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
        return sources
    }
}
