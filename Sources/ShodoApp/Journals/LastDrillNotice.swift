import JournalReports

/// What the start screen says of the last drill: when it was, counted to today, read once
/// when the start screen opens.
public struct LastDrillNotice: Hashable, Sendable {
    /// The newest drill journal that verifies, or `nil` when there is none.
    public var last: LastDrill?
    /// Today by the app's clock, in the local zone, `YYYY-MM-DD`.
    public var today: String

    /// Whether the fee-schedule rule (at least one exercise a year) is not met.
    public var yearHasPassed: Bool { LastDrill.yearHasPassed(since: last, today: today) }

    /// The notice for the drill journals of `catalog` as of `today`: they are read newest
    /// first and reading stops at the first that verifies.
    static func read(_ catalog: any JournalCatalog, today: String) -> LastDrillNotice {
        LastDrillNotice(
            last: LastDrill.newest(amongNewestFirst: catalog.drillJournalPaths()), today: today)
    }
}
