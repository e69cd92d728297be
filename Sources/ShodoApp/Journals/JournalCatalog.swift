import ActionJournal
import RunSession

/// Where the app finds journals — the browser's list and timelines, and the run the
/// start screen offers to resume: read-only, it never writes or locks one.
public protocol JournalCatalog: Sendable {
    /// Every journal, newest first, each with its verdict.
    func summaries() -> [JournalRow]
    /// The journal at `path` with every record that can be read, its end checked
    /// against `expectedCode` when one is given.
    func timeline(path: String, expectedCode: VerificationCode?) -> JournalTimeline
    /// The most recently active run that can be resumed, if any.
    func newestUnfinishedRun() -> UnfinishedRun?
    /// The drill journals (`DRILL-…`), newest first by the time in their names, without reading them.
    func drillJournalPaths() -> [String]
}
