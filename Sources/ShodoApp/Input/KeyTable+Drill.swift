import TerminalUI

/// The keys a drill adds (docs/drill-scenario.md "Running"): on the step screen `o`
/// acknowledges the inject card, `d` records a tabletop decision and `!` asks
/// 「これは実際のインシデントです」; on the end screen Enter answers the next hot-wash
/// question.
extension KeyTable {
    /// The drill's rows of the step screen, before the step kind's own (none outside a drill).
    static func drillStepBindings(_ state: AppState) -> [KeyBinding] {
        guard let drill = state.drill, state.hasOpenRun else { return [] }
        let acknowledge =
            drill.cards.first.map {
                [KeyBinding(.acknowledgeInject, [.character("o")], does: .acknowledgeInject($0.id))]
            } ?? []
        let decide =
            drill.isTabletop
            ? [
                KeyBinding(
                    .recordDecision, [.character("d")], does: .openPrompt(.decision(pending: nil)))
            ] : []
        return acknowledge + decide + [
            KeyBinding(.realWorld, [.character("!")], does: .showOverlay(.realWorldConfirmation))
        ]
    }

    /// Enter on the end screen while the drill's run has ended and a hot-wash question waits; nil otherwise.
    static func hotWashBinding(_ state: AppState) -> KeyBinding? {
        guard state.drill?.hotWashQuestion(runEnded: state.run?.outcome != nil) != nil else {
            return nil
        }
        return KeyBinding(.answerHotWash, [.enter], does: .openPrompt(.hotWashAnswer))
    }

    /// 「これは実際のインシデントです」: `y` stops the drill and opens the real run; any other key closes.
    static var realWorldConfirmationBindings: [KeyBinding] {
        [
            KeyBinding(
                .realWorldYes, [.character("y")], also: [.character("Y")], does: .confirmRealWorld),
            .anyKey(.quitNo, named: [.character("n")]) { _ in .closeOverlay },
        ]
    }
}
