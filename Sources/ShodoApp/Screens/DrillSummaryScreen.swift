import JournalReports
import TerminalUI

/// A drill journal's after-action summary, opened with `r` in the journal browser: the
/// exercise marking, the verifier's verdict, then what `shodo drill report` would say in
/// short (`DrillSummary`), ending with the command line for the full report; `j`/`k` scroll.
///
/// ```
///  訓練の結果: DRILL-20261121T103522Z-rb-01-0a1b2c3d.jsonl          対応者: 看護師A
///  【訓練】訓練記録 — 実際のインシデントではありません
///  検証 OK（連鎖は 1〜23 行目まで正しい）…
///  シナリオ: night-ransom-note (v1)
///  目標時間と実際（訓練時計）
///    isolated: 目標 05分00秒 / 実際 00分04秒 — 達成
///  …
/// ```
enum DrillSummaryScreen {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        guard let view = state.drillSummaryView else { return }
        let text = state.text
        ScreenChrome.drawTitleBar(
            left: text.drillSummaryTitle(file: view.journal.fileName),
            right: text.operatorTag(state.operatorField.text),
            into: &grid, within: area.row(0))
        let layout = Layout(state, view: view, area: area)
        grid.put(
            text.resumeDrillLine, at: layout.marking.origin, style: Style.drillBanner.adding(.bold),
            clippedTo: layout.marking)
        for (index, line) in layout.verdictLines.enumerated() {
            let row = layout.verdict.row(index)
            grid.put(
                line, at: row.origin, style: VerdictLines.style(view.journal.verdict),
                clippedTo: row)
        }
        scrollView(view, text: text).draw(into: &grid, within: layout.body)
    }

    /// The largest useful `firstLine` of the summary in `state` at `size`.
    static func maximumFirstLine(_ state: AppState, size: Size) -> Int {
        guard let view = state.drillSummaryView else { return 0 }
        var scratch = Grid(size: size)
        let content = ScreenChrome.drawBottom(state, into: &scratch).content
        return scrollView(view, text: state.text).maximumFirstLine(
            within: Layout(state, view: view, area: content).body)
    }

    /// The summary's lines (or why the journal could not be read) from the scroll position.
    private static func scrollView(_ view: DrillSummaryView, text: UIText) -> ScrollView {
        guard let summary = view.summary else {
            return ScrollView(content: [
                StyledText(text.drillSummaryUnreadable(view.problem ?? "-"), style: .error)
            ])
        }
        let lines = summary.lines(text.language).map { line in
            StyledText((line.isDetail ? "  " : "") + line.text, style: style(line.tone))
        }
        return ScrollView(content: lines, firstLine: view.firstLine)
    }

    private static func style(_ tone: ReportTone) -> Style {
        switch tone {
        case .normal: .normal
        case .good: .success
        case .caution: .caution
        case .alert: Style.error.adding(.bold)
        }
    }

    /// Where the parts go within the screen's area.
    private struct Layout {
        var marking: Rect
        var verdictLines: [String]
        var verdict: Rect
        var body: Rect

        init(_ state: AppState, view: DrillSummaryView, area: Rect) {
            let inner = ScreenChrome.margins(area.dividedFromTop(1).remainder)
            let markingSplit = inner.dividedFromTop(1)
            marking = markingSplit.slice
            verdictLines = VerdictLines.lines(
                view.journal.verdict, text: state.text, width: inner.width)
            let verdictSplit = markingSplit.remainder.dividedFromTop(verdictLines.count)
            verdict = verdictSplit.slice
            body = verdictSplit.remainder
        }
    }
}
