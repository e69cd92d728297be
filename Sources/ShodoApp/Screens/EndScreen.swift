import RunEngine
import TerminalUI

/// The end of a run: outcome, tally, elapsed time, the symptoms also marked at
/// triage (Enter starts the next one's runbook) and the verification code, large and as text.
///
/// The code appears exactly once as text (docs/cli.md "Keys in the terminal UI": no
/// other string of that shape on screen); the large drawing is left out when the window has no room
/// for it, never the plain code or the request to write it down.
enum EndScreen {
    static func draw(_ state: AppState, into grid: inout Grid, within area: Rect) {
        guard let run = state.run else { return }
        let text = state.text
        ScreenChrome.drawTitleBar(
            left: state.drill == nil ? text.endTitle : text.drillEndTitle,
            right: text.operatorTag(run.operatorName), into: &grid, within: area.row(0))
        let inner = ScreenChrome.margins(area.dividedFromTop(2).remainder)
        let outcome =
            run.outcome.map { RecordMessages.outcomeName($0, language: state.language) } ?? ""
        var summary: [StyledText] = [
            StyledText(run.rootTitle, style: Style.header.adding(.bold)),
            StyledText(text.outcomeLine(outcome), style: Style.header.adding(.bold)),
            StyledText(
                text.tallyLine(run.tally) + "   " + text.elapsed(seconds: state.elapsedSeconds)),
        ]
        summary += drillLines(state)
        if !state.pendingTriage.isEmpty {
            summary.append(StyledText(text.pendingHeading, style: Style.caution.adding(.bold)))
            summary += state.pendingTriage.map { StyledText("- " + $0.label) }
        }
        let code: [StyledText] =
            [
                StyledText(
                    "\(text.verificationCodeLabel) \(run.verificationCode)",
                    style: Style.header.adding(.bold)),
                StyledText(text.verificationCodeRequest, style: Style.caution.adding(.bold)),
            ] + ScreenChrome.journalPathLines(run.journalPath, text: text, width: inner.width)
        let summaryRows = rows(summary, width: inner.width)
        let codeRows = rows(code, width: inner.width)
        let bigText = BigText(text: run.verificationCode)
        let bigSize = bigText.requiredSize(forWidth: inner.width)
        let showsBig =
            summaryRows + codeRows + bigSize.height + 2 <= inner.height
            && bigSize.width <= inner.width
        var remaining = inner
        remaining =
            remaining.dividedFromTop(draw(summary, into: &grid, within: remaining) + 1).remainder
        if showsBig {
            let bigArea = remaining.dividedFromTop(bigSize.height)
            let left = bigArea.slice.left + (bigArea.slice.width - bigSize.width) / 2
            bigText.draw(
                into: &grid,
                within: Rect(
                    column: left, row: bigArea.slice.top, width: bigSize.width,
                    height: bigSize.height))
            remaining = bigArea.remainder.dividedFromTop(1).remainder
        }
        draw(code, into: &grid, within: remaining)
    }

    /// A drill's hot wash: the question waiting for its answer, or that the drill has ended.
    private static func drillLines(_ state: AppState) -> [StyledText] {
        guard let drill = state.drill else { return [] }
        let text = state.text
        if drill.hasEnded {
            return [StyledText(text.drillEnded, style: Style.drillBanner.adding(.bold))]
        }
        guard let question = drill.hotWashQuestion(runEnded: true) else { return [] }
        return [
            StyledText(
                text.hotWashHeading(question.number, of: drill.scenario.hotWash.count),
                style: Style.caution.adding(.bold)),
            StyledText(question.text, style: Style.header.adding(.bold)),
        ] + (state.prompt == nil ? [StyledText(text.hotWashKeyLine, style: .muted)] : [])
    }

    private static func rows(_ lines: [StyledText], width: Int) -> Int {
        lines.reduce(0) { $0 + ScreenChrome.wrappedHeight($1.text, width: width) }
    }

    /// Draws the lines wrapped from the top of `area`; returns the rows used.
    @discardableResult
    private static func draw(_ lines: [StyledText], into grid: inout Grid, within area: Rect) -> Int
    {
        var used = 0
        for line in lines {
            used += ScreenChrome.drawWrapped(
                line.text, style: line.style, into: &grid,
                within: area.dividedFromTop(used).remainder)
        }
        return used
    }
}
