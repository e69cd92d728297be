import ActionJournal

/// Where the journal browser finds journals: read-only, it never writes or locks one.
public protocol JournalCatalog: Sendable {
    /// Every journal, newest first, each with its verdict.
    func summaries() -> [JournalSummary]
    /// The journal at `path` with every record that can be read, its end checked
    /// against `expectedCode` when one is given.
    func timeline(path: String, expectedCode: VerificationCode?) -> JournalTimeline
    /// The drill journals (`DRILL-…`), newest first by the time in their names, without reading them.
    func drillJournalPaths() -> [String]
}
