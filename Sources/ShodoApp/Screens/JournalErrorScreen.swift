import TerminalUI

/// The blocking screen shown when the journal cannot be written: what failed, and what to do instead.
enum JournalErrorScreen {
    static func draw(_ detail: String, state: AppState, into grid: inout Grid, within area: Rect) {
        let text = state.text
        grid.fill(area.row(0), style: .error)
        ScreenChrome.drawTitleBar(
            left: "!! " + text.journalErrorTitle + " !!", into: &grid, within: area.row(0))
        let lines = [
            StyledText("!! " + text.journalErrorTitle, style: Style.error.adding(.bold)),
            StyledText(""),
            StyledText(text.journalErrorAdvice, style: Style.header.adding(.bold)),
            StyledText(""),
            StyledText(detail),
        ]
        ScrollView(content: lines).draw(
            into: &grid, within: ScreenChrome.margins(area.dividedFromTop(2).remainder))
    }
}
