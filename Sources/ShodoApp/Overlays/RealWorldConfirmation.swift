import TerminalUI

/// `!` during a drill: 「これは実際のインシデントです」. `y` stops the drill (its journal
/// closes with `drill.real-world`) and opens the real journal at the runbook's first
/// step; any other key goes back to the drill, so one stray key never ends it.
enum RealWorldConfirmation {
    static func box(_ state: AppState) -> OverlayBox {
        let text = state.text
        let lines = [
            StyledText(text.realWorldQuestion, style: Style.error.adding(.bold)), StyledText(""),
            StyledText(text.realWorldExplanation),
        ]
        return OverlayBox(title: text.realWorldTitle, lines: lines, maximumWidth: 64)
    }
}
