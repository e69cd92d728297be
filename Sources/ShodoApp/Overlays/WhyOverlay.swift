import TerminalUI

/// `w`: why the current step matters.
enum WhyOverlay {
    static func box(_ state: AppState) -> OverlayBox? {
        guard let step = state.run?.presentation, let why = step.why else { return nil }
        let lines = [
            StyledText(step.title, style: Style.header.adding(.bold)), StyledText(""),
            StyledText(why),
        ]
        return OverlayBox(
            title: state.text.whyTitle, lines: lines, maximumWidth: 64,
            firstLine: state.overlayFirstLine)
    }
}
