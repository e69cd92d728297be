import TerminalUI

/// 「続きから再開しますか？」: an unfinished run found at start, with its runbook, last step and time.
enum ResumeOfferScreen {
    static func draw(
        _ offer: ResumeOffer, state: AppState, into grid: inout Grid, within area: Rect
    ) {
        let text = state.text
        ScreenChrome.drawTitleBar(
            left: text.appName, right: text.operatorTag(state.operatorField.text),
            into: &grid, within: area.row(0))
        let inner = ScreenChrome.margins(area.dividedFromTop(2).remainder)
        var lines: [StyledText] =
            offer.isDrill
            ? [StyledText(text.resumeDrillLine, style: Style.caution.adding(.bold))] : []
        lines += [
            StyledText(text.resumeQuestion, style: Style.header.adding(.bold)),
            StyledText(text.resumeExplanation),
            StyledText(""),
            StyledText("\(text.runbookLabel) \(offer.runbookTitle)"),
        ]
        if let step = offer.lastStepTitle {
            lines.append(StyledText("\(text.lastStepLabel) \(step)"))
        }
        lines.append(
            StyledText("\(text.lastActivityLabel) \(offer.lastActivity) (\(offer.lastActor))"))
        lines.append(StyledText(""))
        // One column narrower: the scroll marks' column, should the lines not fit.
        lines += ScreenChrome.journalPathLines(
            offer.journalPath, text: text, width: inner.width - 1)
        ScrollView(content: lines).draw(into: &grid, within: inner)
    }
}
