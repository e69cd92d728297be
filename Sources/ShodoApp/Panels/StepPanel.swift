import RunEngine
import TerminalUI

/// The part of the step screen that belongs to the step's kind: options, a field, contacts, a countdown...
protocol StepPanel {
    /// Rows the panel would like at `width` columns.
    func requiredHeight(forWidth width: Int) -> Int
    /// Draws into `area`; returns where the cursor goes, if the panel has a field.
    func draw(into grid: inout Grid, within area: Rect) -> Point?
}

/// Picks the panel for the current step.
enum StepPanels {
    /// The panel for `step` in `state`; nil for kinds that only read (instruction) and for contacts, which scroll with the text.
    static func panel(for step: StepPresentation, state: AppState) -> (any StepPanel)? {
        let text = state.text
        switch step.kind {
        case .instruction, .include:
            return nil
        case .check:
            return CheckPanel(title: text.expectTitle, expect: step.expect)
        case .choice:
            return ChoicePanel(
                heading: text.optionsHeading, labels: step.options.map(\.label),
                selectedIndex: state.stepView.selectedOption)
        case .input(let spec):
            return InputPanel(spec: spec, view: state.stepView, text: text)
        case .contact:
            // The contacts scroll with the step's text (`StepScreen.bodyContent`).
            return nil
        case .wait(let seconds):
            return WaitPanel(
                totalSeconds: seconds, secondsLeft: state.run?.waitSecondsLeft ?? seconds,
                text: text)
        case .command(let spec):
            return CommandPanel(
                command: spec.command, title: text.commandTitle(spec.platform),
                hint: text.commandResultHint)
        case .end(let outcome):
            return EndStepPanel(step: step, outcome: outcome, text: text)
        }
    }
}
