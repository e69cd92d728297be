import ActionJournal
import ArgumentParser
import Foundation
import JournalReports

/// `shodo journal show JOURNAL`
struct JournalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a journal as a readable timeline, with its verification verdict first.")

    @Argument(help: "The journal file.") var journal: String

    func run() throws {
        if let failure = show() {
            StandardStreams.error(failure.description)
            throw ExitCode(1)
        }
    }

    /// Prints the verdict, then every record; returns what stopped it, if anything.
    private func show() -> JournalError? {
        do throws(JournalError) {
            if (try? JournalReader(path: journal).next())??.bool("drill") == true {
                StandardStreams.output(DrillMarking.exerciseLine)
            }
            let report = try JournalVerifier.verify(path: journal)
            for line in report.lines { StandardStreams.output(line) }
            StandardStreams.output("")
            let reader = try JournalReader(path: journal)
            var offset: String?
            while let record = try reader.next() {
                if offset == nil, record.kind == "journal.open" { offset = record.string("tz") }
                StandardStreams.output(TimelineLine.format(record, utcOffset: offset ?? "+00:00"))
            }
            return nil
        } catch {
            return error
        }
    }
}
