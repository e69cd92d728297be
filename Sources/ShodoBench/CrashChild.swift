import ActionJournal
import ArgumentParser
import Foundation

/// Appends records forever, printing `ACK <seq>` after each durable append; the kill -9
/// test kills it at random and checks that every acknowledged record survived.
struct CrashChild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-child",
        abstract: "Append records in a loop, acknowledging each durable one on stdout (for kill -9 tests).")

    @Option(help: "The journal to create, or to continue when it exists.")
    var journal: String

    func run() throws {
        let writer: JournalWriter
        if FileManager.default.fileExists(atPath: journal) {
            writer = try JournalWriter.openExisting(path: journal, actor: "crash-child").writer
        } else {
            writer = try JournalWriter.create(
                path: journal, actor: "crash-child", message: "crash test", openPayload: BenchmarkRecords.openPayload)
        }
        acknowledge(writer.recordCount - 1)
        var index = writer.recordCount
        while true {
            let record = try writer.append(BenchmarkRecords.draft(index))
            acknowledge(record.seq)
            index += 1
        }
    }

    /// Prints and flushes at once: the parent counts a record only after reading this.
    private func acknowledge(_ sequence: Int) {
        FileHandle.standardOutput.write(Data("ACK \(sequence)\n".utf8))
    }
}
