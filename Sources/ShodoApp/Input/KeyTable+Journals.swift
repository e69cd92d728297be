import TerminalUI

/// Keys of the journal browser, a drill's results and the timeline: all only read, so nothing here journals.
extension KeyTable {
    static func journalBrowserBindings(_ state: AppState) -> [KeyBinding] {
        let visible = state.visibleJournalSummaries
        let open: [KeyBinding] =
            visible.isEmpty
            ? []
            : [
                KeyBinding(
                    .openJournal, [.enter], does: .openJournalTimeline(state.journalSelection)),
                .movement(.moveSelection) { .moveSelection($0) },
                KeyBinding(.drillSummary, [.character("r")], does: drillSummaryIntent(state)),
            ]
        // The filter works while there is any journal, even when the current filter lists none.
        let filter: [KeyBinding] =
            state.journalSummaries.isEmpty
            ? [] : [KeyBinding(.filterDrills, [.character("f")], does: .cycleJournalDrillFilter)]
        return open + filter + [
            KeyBinding(.backToTriage, [.escape, .character("b")], does: .backToTriage)
        ] + common(state)
    }

    /// `r` on the browser: the selected drill's results, or a word that only drills have them.
    private static func drillSummaryIntent(_ state: AppState) -> AppIntent {
        let visible = state.visibleJournalSummaries
        guard visible.indices.contains(state.journalSelection) else { return .ignore }
        guard visible[state.journalSelection].isDrill else {
            return .notice(StatusMessage(state.text.drillSummaryForDrillsOnly))
        }
        return .openDrillSummary(state.journalSelection)
    }

    static func drillSummaryBindings(_ state: AppState) -> [KeyBinding] {
        [
            .movement(.scroll) { .scroll($0) },
            KeyBinding(.backToJournals, [.escape, .character("b")], does: .backToJournalBrowser),
        ] + common(state)
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
