import TerminalUI

/// The first screen of `shodo`: who is acting (remembered from the last start, editable).
///
/// ```
///  初動 Shodo  対応の記録をはじめます
///
///  対応者（あなた）の名前を入力してください。
///  名前は対応記録に残ります。次に起動したときも表示されます。
///
///  名前: [看護師A_                    ]
///
///  情報システム担当へ: 連絡先が同梱のひな形のままです。…   <- only while the contacts are not ready
///
///  最後の訓練: 2026-10-02（65日前）                         <- the newest drill journal that verifies
///  !! 最後の訓練から 1 年以上たっています…                  <- only when a year has passed or none exists
/// ```
enum StartScreen {
    /// Draws the screen; returns the name field's cursor.
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) -> Point? {
        let text = state.text
        ScreenChrome.drawTitleBar(
            left: "\(text.appName)  \(text.startTitle)", into: &grid, within: area.row(0))
        let inner = ScreenChrome.margins(area.dividedFromTop(2).remainder)
        var row = inner.top
        row += ScreenChrome.drawWrapped(
            text.operatorQuestion, style: Style.header.adding(.bold), into: &grid,
            within: Rect(
                column: inner.left, row: row, width: inner.width, height: inner.bottom - row))
        row += ScreenChrome.drawWrapped(
            text.operatorExplanation, into: &grid,
            within: Rect(
                column: inner.left, row: row, width: inner.width, height: inner.bottom - row))
        row += 1
        guard row < inner.bottom else { return nil }
        let labelEnd = grid.put(
            text.operatorFieldLabel + " ", at: Point(column: inner.left, row: row), clippedTo: inner
        )
        let fieldWidth = min(40, inner.right - labelEnd)
        let fieldArea = Rect(column: labelEnd, row: row, width: fieldWidth, height: 1)
        let field = TextField(state: state.operatorField)
        field.draw(into: &grid, within: fieldArea)
        if let problem = state.operatorProblem, row + 2 < inner.bottom {
            grid.put(
                "!! " + problem, at: Point(column: inner.left, row: row + 2),
                style: Style.error.adding(.bold),
                clippedTo: inner)
        }
        let bottom =
            inner.bottom
            - drawLastDrill(
                state, into: &grid,
                within: Rect(
                    column: inner.left, row: row + 1, width: inner.width,
                    height: inner.bottom - row - 1))
        if let warning = state.contactsWarning, row + 4 < bottom {
            ScreenChrome.drawWrapped(
                warning, style: .muted, into: &grid,
                within: Rect(
                    column: inner.left, row: row + 4, width: inner.width, height: bottom - row - 4))
        }
        return field.cursorPosition(within: fieldArea)
    }

    /// When the last drill was, at the bottom of `area`, with the fee-schedule warning
    /// (at least one drill a year) when it is not met; nothing when it does not fit.
    /// Returns the rows it took, a blank row above included.
    private static func drawLastDrill(_ state: AppState, into grid: inout Grid, within area: Rect)
        -> Int
    {
        guard let notice = state.lastDrillNotice else { return 0 }
        let text = state.text
        let warning =
            text.lastDrillWarning(notice).map {
                TextWrapper.wrap("!! " + $0, width: max(1, area.width))
            } ?? []
        let lines = [text.lastDrillLine(notice)] + warning
        guard lines.count + 1 <= area.height else { return 0 }
        for (index, line) in lines.enumerated() {
            let style = index == 0 ? Style.muted : Style.caution.adding(.bold)
            grid.put(
                line, at: Point(column: area.left, row: area.bottom - lines.count + index),
                style: style, clippedTo: area)
        }
        return lines.count + 1
    }
}
