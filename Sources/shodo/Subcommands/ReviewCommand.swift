import ActionJournal
import ArgumentParser
import DocumentMarkup
import Foundation
import JournalReports

/// `shodo review JOURNAL... [-o FILE] [--format md|html] [--force] [--sign --reviewer NAME --comment TEXT]`
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The IT lead's morning review pack; --sign appends a review.signed record.",
        discussion: """
            First each journal's verdict and verification code, then the timeline, deviations (skips with reasons, \
            failed checks, back, aborted runs), runs still pending, the call log, values and decisions with who made \
            them, evidence with SHA-256, key durations, and the sign-off. Several journals are reviewed as one timeline.
            With --sign, each journal (which must verify and not be in use) first gets a review.signed record \
            (reviewer, comment, the seq and hash reviewed), so the pack written shows its own sign-off.
            Each verdict says what was checked: the chain always, the end only with --expect CODE (one per journal, \
            in order), the seals only with --key FILE. Exit 0 when every journal is intact, 1 when one is not (the \
            pack is still written) or a sign-off failed.
            """)

    @Argument(help: "The journal files.") var journals: [String]

    @Flag(help: "Append a review.signed record to each journal (reviewer, time, comment).")
    var sign = false

    @Option(help: ArgumentHelp("Who signs (default: --operator).", valueName: "NAME"))
    var reviewer: String?

    @Option(
        help: ArgumentHelp("The reviewer's comment, recorded with the sign-off.", valueName: "TEXT")
    )
    var comment = ""

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "md or html (default: html when -o ends in .html, else md).", valueName: "md|html"))
    var format: DocumentFormat?

    @Flag(help: "Overwrite the -o file when it already exists.")
    var force = false

    @OptionGroup var verification: VerificationOptions

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if journals.isEmpty { throw ValidationError("give at least one journal file.") }
        _ = try verification.codes(journalCount: journals.count)
        if sign, signer == nil {
            throw ValidationError(
                "--sign needs the reviewer's name: --reviewer NAME (or --operator NAME).")
        }
        if let signer, signer.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(
                "--reviewer needs a name (the person signing, as it goes into the journal).")
        }
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("-o: \(output) already exists; add --force to overwrite it.")
        }
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        let language = settings.language
        var signingProblems: [String: String] = [:]
        if sign, let signer {
            for journal in journals {
                do throws(JournalError) {
                    let record = try ReviewSignature.sign(
                        path: journal, reviewer: signer, comment: comment, language: language,
                        keyFile: verification.key,
                        clock: LivePorts.clock())
                    StandardStreams.error(
                        "signed \(journal): seq \(record.seq), verification code \(record.verificationCode)"
                    )
                } catch {
                    StandardStreams.error("not signed: \(error.description)")
                    signingProblems[journal] = error.description
                }
            }
        }
        let sources = try verification.openSources(journals)
        do throws(ReportError) {
            let report = try ReviewReport(sources: sources, signingProblems: signingProblems)
            let destination = try ExportDestination.open(output, force: force, journals: journals)
            let options = ExportOptions(
                language: language, generatedAt: JournalExportCommand.nowText(),
                hospitalName: settings.configuration?.hospitalName)
            try report.write(documentFormat, options: options, to: destination)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
        if !signingProblems.isEmpty || sources.contains(where: { !$0.verification.isIntact }) {
            throw ExitCode(1)
        }
    }

    private var signer: String? { reviewer ?? options.operatorName }

    private var documentFormat: DocumentFormat { Self.documentFormat(format, output: output) }

    /// `--format`, else html when `output` ends in .html or .htm, else md.
    static func documentFormat(_ format: DocumentFormat?, output: String?) -> DocumentFormat {
        format ?? DocumentFormat(outputPath: output)
    }
}
