import ActionJournal
import Foundation

extension JournalSummary {
    /// Reads the journal at `path` once, streaming, and hands `visit` each record as it
    /// is summarised. Reading stops at the first line that cannot be read: the summary
    /// holds what came before, and the error says why.
    public static func read(
        path: String, visit: (JournalRecord) -> Void = { _ in }
    ) -> (summary: JournalSummary, readProblem: JournalError?) {
        var summary = JournalSummary(path: path)
        do throws(JournalError) {
            let reader = try JournalReader(path: path)
            while let record = try reader.next() {
                summary.add(record)
                visit(record)
            }
            return (summary, nil)
        } catch {
            return (summary, error)
        }
    }

    /// The paths of the journals in `directory` (`.jsonl` files, not hidden), sorted by
    /// name; none when the directory cannot be read.
    public static func journalPaths(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
