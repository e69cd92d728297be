import TerminalUI

/// `w`: why the current step matters.
enum WhyOverlay {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        guard let step = state.run?.presentation, let why = step.why else { return }
        let lines = [StyledText(step.title, style: Style.header.adding(.bold)), StyledText(""), StyledText(why)]
        OverlayBox(title: state.text.whyTitle, lines: lines, maximumWidth: 64).draw(into: &grid, within: area)
    }
}
