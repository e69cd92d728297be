import TerminalUI

/// `q` during a run: 「終了しますか？ (y/n)」; `y` pauses and quits, any other key cancels.
enum QuitConfirmation {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        let text = state.text
        let lines = [StyledText(text.quitQuestion, style: Style.header.adding(.bold)), StyledText(text.quitExplanation)]
        OverlayBox(title: text.label(.quit), lines: lines, maximumWidth: 60).draw(into: &grid, within: area)
    }
}
