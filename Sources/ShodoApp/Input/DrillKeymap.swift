import TerminalUI

/// The keys a drill adds (docs/drill-scenario.md "Running"): `o` acknowledges the inject
/// card, `d` records a tabletop decision, `!` asks 「これは実際のインシデントです」, and
/// on the end screen Enter answers the next hot-wash question.
enum DrillKeymap {
    /// What `key` means on the step screen of an open drill run; nil when it is not a drill key.
    static func stepIntent(for key: Key, in state: AppState) -> AppIntent? {
        guard let drill = state.drill, state.hasOpenRun else { return nil }
        switch key {
        case .character("o"): return drill.cards.first.map { .acknowledgeInject($0.id) }
        case .character("d"): return drill.isTabletop ? .openPrompt(.decision(pending: nil)) : nil
        case .character("!"): return .showOverlay(.realWorldConfirmation)
        default: return nil
        }
    }

    /// Enter on the end screen while a hot-wash question waits for its answer.
    static func endIntent(for key: Key, in state: AppState) -> AppIntent? {
        guard key == .enter, hotWashWaits(state) else { return nil }
        return .openPrompt(.hotWashAnswer)
    }

    /// Whether the drill's run has ended and a hot-wash question is still to answer.
    static func hotWashWaits(_ state: AppState) -> Bool {
        state.drill?.hotWashQuestion(runEnded: state.run?.outcome != nil) != nil
    }

    /// The drill's commands on the step screen, for the key line and the help.
    static func stepCommands(for state: AppState) -> [KeyCommand] {
        guard let drill = state.drill, state.hasOpenRun else { return [] }
        return (drill.cards.isEmpty ? [] : [.acknowledgeInject]) + (drill.isTabletop ? [.recordDecision] : []) + [.realWorld]
    }
}
