import TerminalUI

/// After `p`: the run is paused and its journal released; Enter resumes it here.
enum PausedScreen {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        guard let run = state.run else { return }
        let text = state.text
        ScreenChrome.drawTitleBar(
            left: "\(text.pausedTitle): \(run.rootTitle)",
            right: text.operatorTag(run.operatorName),
            into: &grid, within: area.row(0))
        var lines: [StyledText] = [
            StyledText(text.pausedTitle, style: Style.header.adding(.bold)),
            StyledText(text.pausedExplanation),
            StyledText(""),
        ]
        if let step = run.presentation {
            lines.append(StyledText("\(text.lastStepLabel) \(step.title)"))
        }
        let inner = ScreenChrome.margins(area.dividedFromTop(2).remainder)
        lines.append(
            StyledText(
                "\(text.verificationCodeLabel) \(run.verificationCode)",
                style: Style.header.adding(.bold)))
        // One column narrower: the scroll marks' column, should the lines not fit.
        lines += ScreenChrome.journalPathLines(run.journalPath, text: text, width: inner.width - 1)
        ScrollView(content: lines).draw(into: &grid, within: inner)
    }
}
