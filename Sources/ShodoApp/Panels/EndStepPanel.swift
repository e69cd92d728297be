import RunEngine
import RunbookModel
import TerminalUI

/// An end step: what ending here means (the whole run, or back to the runbook that included this one).
struct EndStepPanel: StepPanel {
    var step: StepPresentation
    var outcome: RunOutcome
    var text: UIText

    private var lines: [String] {
        let first = text.endOfRunbook(RecordMessages.outcomeName(outcome, language: text.language))
        // The engine ends the whole run at an included runbook's end only for these outcomes.
        let returnsToParent =
            step.breadcrumb.count > 1 && outcome != .aborted && outcome != .escalated
        if returnsToParent, let parent = step.breadcrumb.dropLast().last {
            return [first, text.returnsTo(parent)]
        }
        return [first, text.endsRun]
    }

    func requiredHeight(forWidth width: Int) -> Int {
        lines.reduce(0) { $0 + ScreenChrome.wrappedHeight($1, width: width) }
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        var remaining = area
        for line in lines {
            let used = ScreenChrome.drawWrapped(
                line, style: Style.header.adding(.bold), into: &grid, within: remaining)
            remaining = remaining.dividedFromTop(used).remainder
        }
        return nil
    }
}
