import TerminalUI

/// Keys of the journal browser and the timeline: both only read, so nothing here journals.
extension KeyTable {
    static func journalBrowserBindings(_ state: AppState) -> [KeyBinding] {
        let open: [KeyBinding] =
            state.journalSummaries.isEmpty
            ? []
            : [
                KeyBinding(.openJournal, [.enter], does: .openJournalTimeline(state.journalSelection)),
                .movement(.moveSelection) { .moveSelection($0) },
            ]
        return open + [KeyBinding(.backToTriage, [.escape, .character("b")], does: .backToTriage)] + common(state)
    }

    static func journalTimelineBindings(_ state: AppState) -> [KeyBinding] {
        [
            .movement(.scroll) { .scroll($0) },
            KeyBinding(.enterCode, [.character("v")], does: .openPrompt(.expectedCode)),
            KeyBinding(.filterKind, [.character("f")], does: .cycleTimelineKindFilter),
            KeyBinding(.filterOperator, [.character("o")], does: .cycleTimelineOperatorFilter),
            KeyBinding(.backToJournals, [.escape, .character("b")], does: .backToJournalBrowser),
        ] + common(state)
    }
}
