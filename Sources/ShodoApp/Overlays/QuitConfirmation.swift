import TerminalUI

/// `q` during a run: 「終了しますか？ (y/n)」; `y` pauses and quits, any other key cancels.
enum QuitConfirmation {
    static func box(_ state: AppState) -> OverlayBox {
        let text = state.text
        let lines = [
            StyledText(text.quitQuestion, style: Style.header.adding(.bold)),
            StyledText(text.quitExplanation),
        ]
        return OverlayBox(title: text.label(.quit), lines: lines, maximumWidth: 60)
    }
}
