import TerminalUI

/// Every runbook with its severity, estimated minutes and step count; `/` searches.
///
/// ```
///  手順書の一覧（12）
///  検索: [ランサム_            ]
/// > 1. ランサムウェアが疑われるとき              緊急   約15分  12手順
/// ```
enum RunbookListScreen {
    /// Columns of the severity, minutes and steps part of a row.
    static let detailWidth = 24

    /// Draws the list; returns the search field's cursor while searching.
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) -> Point? {
        let text = state.text
        let entries = state.filteredRunbooks
        ScreenChrome.drawTitleBar(
            left: text.runbookListTitle(count: entries.count),
            right: text.operatorTag(state.operatorField.text), into: &grid, within: area.row(0))
        let inner = ScreenChrome.margins(area.dividedFromTop(1).remainder)
        let searchRow = inner.row(0)
        let labelEnd = grid.put(
            text.searchLabel + " ", at: searchRow.origin, style: .header, clippedTo: searchRow)
        let fieldArea = Rect(
            column: labelEnd, row: searchRow.top, width: min(40, searchRow.right - labelEnd),
            height: 1)
        let field = TextField(
            state: state.search, style: state.isSearching ? .inputField : .normal,
            placeholder: text.searchPlaceholder)
        field.draw(into: &grid, within: fieldArea)
        let listArea = inner.dividedFromTop(2).remainder
        guard !entries.isEmpty else {
            grid.put(text.noRunbookMatches, at: listArea.origin, style: .muted, clippedTo: listArea)
            return state.isSearching ? field.cursorPosition(within: fieldArea) : nil
        }
        let numberWidth = String(entries.count).count
        let labelWidth = max(1, listArea.width - (numberWidth + 4) - 1)
        let labels = entries.map { row($0, text: text, width: labelWidth) }
        NumberedList(items: labels, selectedIndex: min(state.listSelection, entries.count - 1))
            .draw(into: &grid, within: listArea)
        return state.isSearching ? field.cursorPosition(within: fieldArea) : nil
    }

    /// One entry as a fixed-width row: the title cut to fit, then the details right-aligned.
    static func row(_ entry: RunbookListEntry, text: UIText, width: Int) -> String {
        let details =
            pad(text.severityName(entry.severity), 7)
            + pad(text.estimatedMinutes(entry.estimatedMinutes), 9)
            + text.stepCount(entry.stepCount)
        let titleWidth = width - detailWidth - 1
        guard titleWidth >= 8 else { return TextTruncation.truncate(entry.title, toWidth: width) }
        let title = TextTruncation.truncate(entry.title, toWidth: titleWidth)
        return pad(title, titleWidth + 1) + details
    }

    /// `text` followed by spaces up to `width` columns.
    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
    }
}
