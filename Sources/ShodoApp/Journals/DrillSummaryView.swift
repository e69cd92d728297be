import JournalReports

/// The drill summary screen's own state: which journal, its summary (or why there is
/// none), and the scroll position.
public struct DrillSummaryView: Hashable, Sendable {
    /// The browser's row of the journal: its file, start and verdict.
    public var journal: JournalRow
    /// What `DrillAnalysis` found, as `shodo drill report` finds it; `nil` when the journal could not be read.
    public var summary: DrillSummary?
    /// Why the journal could not be read, when `summary` is `nil`.
    public var problem: String?
    /// The first wrapped line shown.
    public var firstLine = 0

    /// The summary of the drill journal of `journal`, read as of `today` (`YYYY-MM-DD`).
    static func read(_ journal: JournalRow, today: String) -> DrillSummaryView {
        do throws(ReportError) {
            return DrillSummaryView(
                journal: journal, summary: try DrillSummary.read(path: journal.path, today: today))
        } catch {
            return DrillSummaryView(journal: journal, summary: nil, problem: error.description)
        }
    }
}
