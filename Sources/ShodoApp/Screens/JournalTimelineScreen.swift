import ActionJournal
import TerminalUI

/// One journal's records, with the verifier's verdict always at the top.
///
/// ```
///  記録: ransomware（2026-11-21 03:15）                          対応者: 看護師A
///  !! 検証 NOT INTACT: 7行目から先は信用できません（…）。1〜6行目は確認済み。
///  種類: すべて ・ 対応者: 全員 ・ 14/14件
///  番号 時刻     対応者     種類              内容
///     0 03:15:42 看護師A    journal.open      記録を開始
/// ```
/// A journal that does not verify is still shown: the verdict says from which
/// line on it cannot be trusted, and the records follow as the reader decodes them.
enum JournalTimelineScreen {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        guard let view = state.timelineView else { return }
        let text = state.text
        let summary = view.timeline.summary
        ScreenChrome.drawTitleBar(
            left: text.journalTimelineTitle(
                runbook: summary.runbookID ?? summary.fileName,
                started: text.journalTime(
                    summary.startedAtText, recordedOffset: summary.recordedOffset)),
            right: summary.operatorName.map(text.operatorTag), into: &grid, within: area.row(0))
        let layout = Layout(state, area: area)
        let verdictStyle = VerdictLines.style(summary.verdict)
        for (index, line) in layout.verdictLines.enumerated() {
            let row = layout.verdict.row(index)
            grid.put(line, at: row.origin, style: verdictStyle, clippedTo: row)
        }
        let records = view.visibleRecords
        let filterLine = text.timelineFilterLine(
            kind: view.kindFilter, actor: view.operatorFilter, shown: records.count,
            total: view.timeline.records.count)
        grid.put(
            filterLine, at: layout.filters.origin, style: Style.header.adding(.bold),
            clippedTo: layout.filters)
        grid.put(
            text.timelineColumns, at: layout.columns.origin, style: .muted,
            clippedTo: layout.columns)
        guard !records.isEmpty else {
            grid.put(
                text.noTimelineMatches, at: layout.records.origin, style: .muted,
                clippedTo: layout.records)
            return
        }
        let first = min(view.firstRow, max(0, records.count - layout.records.height))
        var shownRows = records[first...].prefix(layout.records.height).map { record in
            let untrusted = summary.verdict.isUnproven(line: record.lineNumber)
            return (row(record, untrusted: untrusted), untrusted ? Style.error : Style.normal)
        }
        if let problem = view.timeline.readProblem, first + shownRows.count == records.count,
            shownRows.count < layout.records.height
        {
            shownRows.append((text.journalReadStopped(problem), Style.error))
        }
        for (index, shown) in shownRows.enumerated() {
            let row = layout.records.row(index)
            grid.put(shown.0, at: row.origin, style: shown.1, clippedTo: row)
        }
    }

    /// How many record rows fit in `size` for `state`: the page the scroll keys keep in view.
    static func recordRows(_ state: AppState, size: Size) -> Int {
        var scratch = Grid(size: size)
        let body = ScreenChrome.drawBottom(state, into: &scratch)
        return Layout(state, area: body.content).records.height
    }

    /// One record: `seq time actor kind msg`, in the columns of `UIText.timelineColumns`;
    /// `!` before the number from the first line that does not verify on, so it reads without colour.
    static func row(_ record: JournalTimelineRecord, untrusted: Bool) -> String {
        let sequence = (untrusted ? "!" : "") + String(record.sequence)
        return String(repeating: " ", count: max(0, 4 - sequence.count)) + sequence + " "
            + record.timeText + " "
            + ColumnText.fit(record.actor, width: 11) + ColumnText.fit(record.kind, width: 18)
            + record.message
    }

    /// Where the parts of the timeline go within the screen's area.
    private struct Layout {
        var verdictLines: [String]
        var verdict: Rect
        var filters: Rect
        var columns: Rect
        var records: Rect

        init(_ state: AppState, area: Rect) {
            let inner = ScreenChrome.margins(area.dividedFromTop(1).remainder)
            let lines =
                state.timelineView.map {
                    VerdictLines.lines(
                        $0.timeline.summary.verdict, text: state.text, width: inner.width)
                } ?? []
            verdictLines = lines
            let verdictSplit = inner.dividedFromTop(lines.count)
            verdict = verdictSplit.slice
            let filterSplit = verdictSplit.remainder.dividedFromTop(1)
            filters = filterSplit.slice
            let columnSplit = filterSplit.remainder.dividedFromTop(1)
            columns = columnSplit.slice
            records = columnSplit.remainder
        }
    }
}
