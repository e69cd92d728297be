import TerminalUI

/// Keys of the journal browser and the timeline: both only read, so nothing here journals.
extension Keymap {
    static func journalBrowserIntent(for key: Key, state: AppState) -> AppIntent {
        if let delta = movement(key) { return .moveSelection(delta) }
        let visible = state.visibleJournalSummaries
        if key == .enter { return visible.isEmpty ? .ignore : .openJournalTimeline(state.journalSelection) }
        if isCharacter(key, "f") { return state.journalSummaries.isEmpty ? .ignore : .cycleJournalDrillFilter }
        if isCharacter(key, "r") {
            guard visible.indices.contains(state.journalSelection) else { return .ignore }
            guard visible[state.journalSelection].isDrill else { return .notice(StatusMessage(state.text.drillSummaryForDrillsOnly)) }
            return .openDrillSummary(state.journalSelection)
        }
        if key == .escape || isCharacter(key, "b") { return .backToTriage }
        return commonIntent(for: key, state: state)
    }

    static func drillSummaryIntent(for key: Key, state: AppState) -> AppIntent {
        if let delta = movement(key) { return .scroll(delta) }
        if key == .escape || isCharacter(key, "b") { return .backToJournalBrowser }
        return commonIntent(for: key, state: state)
    }

    static func journalTimelineIntent(for key: Key, state: AppState) -> AppIntent {
        if let delta = movement(key) { return .scroll(delta) }
        if isCharacter(key, "f") { return .cycleTimelineKindFilter }
        if isCharacter(key, "o") { return .cycleTimelineOperatorFilter }
        if isCharacter(key, "v") { return .openPrompt(.expectedCode) }
        if key == .escape || isCharacter(key, "b") { return .backToJournalBrowser }
        return commonIntent(for: key, state: state)
    }
}
