import ActionJournal
import ArgumentParser
import Foundation
import JournalReports
import Localization

/// `shodo journal show JOURNAL [--expect CODE] [--key FILE]`
struct JournalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a journal as a readable timeline, with its verification verdict first.",
        discussion: """
            The verdict says what was checked: the chain always, the end only with --expect CODE, the seals only \
            with --key FILE. Lines from the first bad line on are marked with ! before their seq (unproven).
            """)

    @Argument(help: "The journal file.") var journal: String

    @OptionGroup var verification: VerificationOptions

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        _ = try verification.codes(journalCount: 1)
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        guard let source = try verification.openSources([journal]).first else { return }
        if let failure = show(source, language: settings.language) {
            StandardStreams.error(failure.description)
            throw ExitCode(1)
        }
    }

    /// Prints the headline and the verifier's lines, then every record; returns what stopped it, if anything.
    private func show(_ source: JournalSource, language: Language) -> JournalError? {
        if source.isDrill == true { StandardStreams.output(DrillMarking.exerciseLine) }
        StandardStreams.output(source.verdict.headline(language))
        for line in source.verification.lines { StandardStreams.output(line) }
        StandardStreams.output("")
        do throws(JournalError) {
            let reader = try JournalReader(path: journal)
            var offset: String?
            while let record = try reader.next() {
                if offset == nil, record.kind == "journal.open" { offset = record.string("tz") }
                let unproven = source.verdict.isUnproven(line: record.lineNumber)
                StandardStreams.output(TimelineLine.format(record, utcOffset: offset ?? "+00:00", unproven: unproven))
            }
            return nil
        } catch {
            return error
        }
    }
}
