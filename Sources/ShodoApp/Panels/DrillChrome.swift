import TerminalUI

/// What a drill puts above every screen (docs/drill-scenario.md "Running"):
///
/// ```
///  【訓練 / EXERCISE】 夜間の脅迫文                          訓練時計 04:12     <- banner, every screen
///  討議 1/2「確認」残り 10:48   この手順の決定: まだ [d]                        <- tabletop only
///  問い: 誰が決める？ / 何を止める？
///  +- 訓練の状況（nurse へ）ほか 1 件 ---------------------------------------+  <- inject card
///  | 内線が鳴りました。IT 当番からではありません。                          |
///  | [o] 読みました（記録します）                                           |
///  +------------------------------------------------------------------------+
/// ```
/// The banner never leaves the screen, overlays included, and carries the word
/// 訓練 / EXERCISE besides its own colour, so it survives `NO_COLOR`. The card and
/// the tabletop lines take rows of their own above the step: they never hide it.
/// The milestones' target times are the facilitator's and never show here.
enum DrillChrome {
    /// Most wrapped rows of an inject's text on its card (a longer one ends with `…`).
    static let maximumCardTextRows = 4
    /// Most wrapped rows of the current tabletop module's questions.
    static let maximumQuestionRows = 3

    /// The rows the drill takes at the top of `bounds`, and the rest for the screen.
    static func split(_ state: AppState, bounds: Rect) -> (top: Rect, rest: Rect) {
        let parts = bounds.dividedFromTop(min(bounds.height, rows(state, width: bounds.width)))
        return (parts.slice, parts.remainder)
    }

    /// Draws the banner, the tabletop lines and the card into `top` (from `split`).
    static func draw(_ state: AppState, into grid: inout Grid, within top: Rect) {
        guard let drill = state.drill, !top.isEmpty else { return }
        var remaining = top
        let text = state.text
        let bannerRow = remaining.dividedFromTop(1)
        var clock: String?
        if !drill.hasEnded {
            clock = text.drillClock(
                seconds: drill.progress.drillSeconds(atWall: state.nowMicroseconds),
                // A paused run stops the drill clock too (the resume journals `drill.resumed`).
                running: drill.progress.isRunning && state.run?.status != .paused)
        }
        ScreenChrome.drawTitleBar(
            left: text.drillBannerMark + " " + drill.title, right: clock, style: .drillBanner,
            into: &grid,
            within: bannerRow.slice)
        remaining = bannerRow.remainder
        for line in tabletopLines(state, width: remaining.width - 2) {
            let row = remaining.dividedFromTop(1)
            grid.put(
                line.text, at: Point(column: row.slice.left + 1, row: row.slice.top),
                style: line.style, clippedTo: row.slice)
            remaining = row.remainder
        }
        if let card = card(state, width: remaining.width) {
            let area = remaining.dividedFromTop(card.height).slice
            Box(title: card.title, borderStyle: Style.caution.adding(.bold)).draw(
                into: &grid, within: area)
            let inside = Box.contentArea(within: area).insetBy(columns: 1, rows: 0)
            for (index, line) in card.lines.enumerated() {
                grid.put(
                    line.text, at: Point(column: inside.left, row: inside.top + index),
                    style: line.style, clippedTo: inside)
            }
        }
    }

    /// How many rows the drill takes at `width`: 0 for a real run.
    static func rows(_ state: AppState, width: Int) -> Int {
        guard state.drill != nil else { return 0 }
        return 1 + tabletopLines(state, width: width - 2).count
            + (card(state, width: width)?.height ?? 0)
    }

    /// Tabletop, on a step: the module and its time left, this step's decision, and the module's questions.
    static func tabletopLines(_ state: AppState, width: Int) -> [StyledText] {
        guard let drill = state.drill, drill.isTabletop, let step = state.currentStep,
            state.hasOpenRun
        else { return [] }
        let text = state.text
        let modules = drill.scenario.modules
        var status: String
        var questions: [String] = []
        if let (index, left) = drill.progress.module(atWall: state.nowMicroseconds) {
            status = text.tabletopModule(
                number: index + 1, of: modules.count, title: drill.text(modules[index].title),
                secondsLeft: left)
            questions = modules[index].questions.map(drill.text)
        } else {
            status = modules.isEmpty ? "" : text.tabletopModulesOver
        }
        let decision = text.tabletopDecision(recorded: drill.decidedSteps.contains(step.stepID))
        status = status.isEmpty ? decision : status + "   " + decision
        var lines = [
            StyledText(
                TextTruncation.truncate(status, toWidth: max(1, width)),
                style: Style.header.adding(.bold))
        ]
        if !questions.isEmpty {
            // Wrapped, not cut, up to `maximumQuestionRows`: a projected room reads them together.
            let joined = text.tabletopQuestionsLabel + " " + questions.joined(separator: " / ")
            var wrapped = TextWrapper.wrap(joined, width: max(1, width))
            if wrapped.count > maximumQuestionRows {
                wrapped = Array(wrapped.prefix(maximumQuestionRows))
                wrapped[maximumQuestionRows - 1] = TextTruncation.truncate(
                    wrapped[maximumQuestionRows - 1] + "…", toWidth: max(1, width))
            }
            lines += wrapped.map { StyledText($0, style: .principle) }
        }
        return lines
    }

    /// The oldest inject still to acknowledge, as a card, on the step screen of an open run.
    static func card(_ state: AppState, width: Int) -> (
        title: String, lines: [StyledText], height: Int
    )? {
        guard let drill = state.drill, let inject = drill.cards.first, state.screen == .step,
            state.hasOpenRun
        else {
            return nil
        }
        let text = state.text
        let inner = max(1, width - 4)
        var wrapped = TextWrapper.wrap(drill.text(inject.text), width: inner)
        if wrapped.count > maximumCardTextRows {
            wrapped = Array(wrapped.prefix(maximumCardTextRows))
            wrapped[maximumCardTextRows - 1] = TextTruncation.truncate(
                wrapped[maximumCardTextRows - 1] + "…", toWidth: inner)
        }
        var typing = false
        if case .input = state.currentStep?.kind { typing = state.stepView.inputFocused }
        let role = inject.to.map { id in
            drill.scenario.roles.first { $0.id == id }.map { drill.text($0.label) } ?? id
        }
        let lines =
            wrapped.map { StyledText($0, style: Style.normal.adding(.bold)) }
            + [StyledText(text.injectCardKey(typing: typing), style: .header)]
        return (
            text.injectCardTitle(to: role, waitingBehind: drill.cards.count - 1), lines,
            lines.count + 2
        )
    }
}
