import ActionJournal
import RunEngine

/// When a run started, read from its journal, so a resumed run's elapsed time counts from the real start.
enum RunStartTime {
    /// The wall time of the journal's `run.started` record (µs since 1970), or nil when it cannot be read.
    static func read(journalPath: String) -> Int64? {
        guard let reader = try? JournalReader(path: journalPath) else { return nil }
        while let record = try? reader.next() {
            if record.kind == RecordKind.runStarted.rawValue { return record.wallMicroseconds }
        }
        return nil
    }
}
