import ActionJournal
import ArgumentParser
import Foundation

/// Appends records forever, printing `ACK <seq>` after each durable append; the kill -9
/// test kills it at random and checks that every acknowledged record survived.
struct CrashChild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-child",
        abstract:
            "Append records in a loop, acknowledging each durable one on stdout (for kill -9 tests)."
    )

    @Option(help: "The journal to create, or to continue when it exists.")
    var journal: String

    @Option(
        help:
            "Seal the journal from the machine key store at this path (its key file next to the journal)."
    )
    var sealStore: String?

    func run() throws {
        let writer: JournalWriter
        if FileManager.default.fileExists(atPath: journal) {
            let sealing = sealStore == nil ? nil : try JournalSealer.resuming(journalPath: journal)
            writer = try JournalWriter.openExisting(
                path: journal, actor: "crash-child", clock: SystemJournalClock(), sealing: sealing
            ).writer
        } else {
            let jid = UUID()
            let started = try sealStore.flatMap {
                try JournalSealer.startJournal(
                    jid: jid, store: SealKeyStore(path: $0), journalPath: journal)
            }
            writer = try JournalWriter.create(
                path: journal, jid: jid, actor: "crash-child", message: "crash test",
                openPayload: BenchmarkRecords.openPayload + (started?.openMembers ?? []),
                clock: SystemJournalClock(),
                sealing: started?.sealer)
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
