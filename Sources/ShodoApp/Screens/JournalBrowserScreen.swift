import TerminalUI

/// Every journal of the journal directory, newest first, with its verdict; Enter opens its timeline.
///
/// ```
///  対応記録の一覧（2）                                          対応者: 看護師A
///       開始             手順書     対応者     結果      訓練  検証
///  > 1. 2026-11-21 03:15 ransomware 看護師A    resolved        OK
///    2. 2026-11-20 22:40 ransomware 看護師B    未完了    訓練  NG 7行目から
/// ```
enum JournalBrowserScreen {
    /// Columns of each field before the verdict, a space included.
    static let columnWidths = [17, 11, 11, 10, 6]

    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        let text = state.text
        let summaries = state.visibleJournalSummaries
        let title = text.journalBrowserTitle(
            filter: state.journalDrillFilter, shown: summaries.count,
            total: state.journalSummaries.count)
        ScreenChrome.drawTitleBar(
            left: title, right: text.operatorTag(state.operatorField.text), into: &grid,
            within: area.row(0))
        let inner = ScreenChrome.margins(area.dividedFromTop(1).remainder)
        guard !summaries.isEmpty else {
            let empty =
                state.journalSummaries.isEmpty ? text.noJournals : text.noJournalMatchesFilter
            grid.put(empty, at: inner.origin, style: .muted, clippedTo: inner)
            return
        }
        let prefixWidth = String(summaries.count).count + 4
        let headerRow = inner.row(0)
        let header = columns([
            text.journalColumnStarted, text.journalColumnRunbook, text.journalColumnOperator,
            text.journalColumnOutcome, text.journalColumnDrill, text.journalColumnVerdict,
        ])
        grid.put(
            header, at: Point(column: headerRow.left + prefixWidth, row: headerRow.top),
            style: .header, clippedTo: headerRow)
        let rows = summaries.map { row($0, text: text) }
        NumberedList(items: rows, selectedIndex: min(state.journalSelection, summaries.count - 1))
            .draw(into: &grid, within: inner.dividedFromTop(1).remainder)
    }

    /// One journal as a fixed-width row.
    static func row(_ summary: JournalRow, text: UIText) -> String {
        columns([
            summary.startedAtText, summary.runbookID ?? text.noRunInJournal,
            summary.operatorName ?? "-",
            summary.outcome.map(text.outcomeName(recorded:))
                ?? (summary.runbookID == nil ? "-" : text.runStillOpen),
            summary.isDrill ? text.drillMark : "", text.verdictWord(summary.verdict),
        ])
    }

    /// The fields cut and padded to `columnWidths`; the last one as it is.
    private static func columns(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            guard index < columnWidths.count else {
                line += field
                continue
            }
            line += ColumnText.fit(field, width: columnWidths[index])
        }
        return line
    }
}
