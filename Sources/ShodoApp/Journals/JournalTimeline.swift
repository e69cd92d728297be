/// A journal as the timeline shows it: its summary (with the verdict) and every readable record.
public struct JournalTimeline: Hashable, Sendable {
    /// The journal's row in the browser, verdict included.
    public var summary: JournalRow
    /// The records in file order, up to the first line that could not be read.
    public var records: [JournalTimelineRecord]
    /// Why reading stopped early, when it did.
    public var readProblem: String?

    /// A timeline from its parts.
    public init(summary: JournalRow, records: [JournalTimelineRecord], readProblem: String? = nil) {
        self.summary = summary
        self.records = records
        self.readProblem = readProblem
    }

    /// Every actor of the records, in order of first appearance.
    public var actors: [String] {
        var seen: Set<String> = []
        return records.compactMap { seen.insert($0.actor).inserted ? $0.actor : nil }
    }
}
