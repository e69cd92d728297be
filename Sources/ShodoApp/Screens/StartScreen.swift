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
/// ```
enum StartScreen {
    /// Draws the screen; returns the name field's cursor.
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) -> Point? {
        let text = state.text
        ScreenChrome.drawTitleBar(left: "\(text.appName)  \(text.startTitle)", into: &grid, within: area.row(0))
        let inner = ScreenChrome.margins(area.dividedFromTop(2).remainder)
        var row = inner.top
        row += ScreenChrome.drawWrapped(text.operatorQuestion, style: Style.header.adding(.bold), into: &grid,
            within: Rect(column: inner.left, row: row, width: inner.width, height: inner.bottom - row))
        row += ScreenChrome.drawWrapped(text.operatorExplanation, into: &grid,
            within: Rect(column: inner.left, row: row, width: inner.width, height: inner.bottom - row))
        row += 1
        guard row < inner.bottom else { return nil }
        let labelEnd = grid.put(text.operatorFieldLabel + " ", at: Point(column: inner.left, row: row), clippedTo: inner)
        let fieldWidth = min(40, inner.right - labelEnd)
        let fieldArea = Rect(column: labelEnd, row: row, width: fieldWidth, height: 1)
        let field = TextField(state: state.operatorField)
        field.draw(into: &grid, within: fieldArea)
        if let problem = state.operatorProblem, row + 2 < inner.bottom {
            grid.put("!! " + problem, at: Point(column: inner.left, row: row + 2), style: Style.error.adding(.bold),
                clippedTo: inner)
        }
        if let warning = state.contactsWarning, row + 4 < inner.bottom {
            ScreenChrome.drawWrapped(warning, style: .muted, into: &grid,
                within: Rect(column: inner.left, row: row + 4, width: inner.width, height: inner.bottom - row - 4))
        }
        return field.cursorPosition(within: fieldArea)
    }
}
