import RunEngine
import TerminalUI

/// Keys to intents: a pure function of the state and the key (docs/terminal-ui.md "Keys").
///
/// Precedence: the blocking journal error, then an overlay, then the input
/// line, then the screen. While the window is too small the event loop does
/// not ask at all, because the operator cannot see what a key would do.
public enum Keymap {
    /// What `key` means in `state`.
    public static func intent(for key: Key, in state: AppState) -> AppIntent {
        if case .journalError = state.screen {
            return isCharacter(key, "q") ? .quit : .ignore
        }
        if let overlay = state.overlay {
            return overlayIntent(for: key, overlay: overlay, state: state)
        }
        if state.prompt != nil {
            switch key {
            case .enter: return .submitPrompt
            case .escape: return .cancelPrompt
            default: return .editPrompt(key)
            }
        }
        switch state.screen {
        case .operatorEntry:
            return key == .enter ? .submitOperatorName : .editOperatorName(key)
        case .resumeOffer:
            return resumeOfferIntent(for: key)
        case .triage:
            return triageIntent(for: key, state: state)
        case .runbookList:
            return runbookListIntent(for: key, state: state)
        case .journalBrowser:
            return journalBrowserIntent(for: key, state: state)
        case .journalTimeline:
            return journalTimelineIntent(for: key, state: state)
        case .drillSummary:
            return drillSummaryIntent(for: key, state: state)
        case .step:
            return StepKeymap.intent(for: key, in: state)
        case .paused:
            if key == .enter { return .resumePausedRun }
            return commonIntent(for: key, state: state)
        case .end:
            if let hotWash = DrillKeymap.endIntent(for: key, in: state) { return hotWash }
            if key == .enter, !state.pendingTriage.isEmpty { return .startPendingRunbook }
            return commonIntent(for: key, state: state)
        case .journalError:
            return .ignore
        }
    }

    /// `?` and `q`, which work on every screen that is not typing.
    static func commonIntent(for key: Key, state: AppState) -> AppIntent {
        if isCharacter(key, "?") { return .showOverlay(.help) }
        if isCharacter(key, "q") { return state.hasOpenRun ? .showOverlay(.quitConfirmation) : .quit }
        return .ignore
    }

    private static func overlayIntent(for key: Key, overlay: AppOverlay, state: AppState) -> AppIntent {
        switch overlay {
        case .quitConfirmation:
            return isCharacter(key, "y") || isCharacter(key, "Y") ? .confirmQuit : .closeOverlay
        case .realWorldConfirmation:
            return isCharacter(key, "y") || isCharacter(key, "Y") ? .confirmRealWorld : .closeOverlay
        case .help:
            if isCharacter(key, "x"), state.hasOpenRun, state.screen == .step { return .openPrompt(.abortReason) }
            if let delta = movement(key) { return .scroll(delta) }
            return .closeOverlay
        case .why, .drillStory:
            if let delta = movement(key) { return .scroll(delta) }
            return .closeOverlay
        }
    }

    private static func resumeOfferIntent(for key: Key) -> AppIntent {
        if key == .enter || isCharacter(key, "y") || isCharacter(key, "Y") { return .acceptResume }
        if isCharacter(key, "n") || isCharacter(key, "N") { return .declineResume }
        if isCharacter(key, "?") { return .showOverlay(.help) }
        if isCharacter(key, "q") { return .quit }
        return .ignore
    }

    private static func triageIntent(for key: Key, state: AppState) -> AppIntent {
        if let index = digitIndex(key, count: state.triageEntryCount) {
            return index < state.triageEntryCount ? .pickTriageEntry(index) : .ignore
        }
        if let delta = movement(key) { return .moveSelection(delta) }
        if isCharacter(key, " ") { return .toggleTriageMark(state.triageSelection) }
        if key == .enter { return state.triageMarks.isEmpty ? .pickTriageEntry(state.triageSelection) : .startMarkedTriage }
        if isCharacter(key, "/") { return .openRunbookList(searching: true) }
        if isCharacter(key, "l") { return .openJournalBrowser }
        return commonIntent(for: key, state: state)
    }

    private static func runbookListIntent(for key: Key, state: AppState) -> AppIntent {
        if state.isSearching {
            switch key {
            case .enter, .escape, .down, .up: return .endSearch
            default: return .editSearch(key)
            }
        }
        let count = state.filteredRunbooks.count
        if let index = digitIndex(key, count: count) { return index < count ? .pickRunbook(index) : .ignore }
        if let delta = movement(key) { return .moveSelection(delta) }
        if key == .enter { return count > 0 ? .pickRunbook(state.listSelection) : .ignore }
        if isCharacter(key, "/") { return .startSearch }
        if key == .escape || isCharacter(key, "b") { return .backToTriage }
        return commonIntent(for: key, state: state)
    }

    // MARK: - Key shapes

    /// Entries a list may have for the number keys to pick them: all of them, or none.
    static let numberedListLimit = 9

    /// Whether `1`…`9` pick from a list of `count` entries.
    static func numberKeysWork(count: Int) -> Bool {
        count <= numberedListLimit
    }

    /// The index a number key picks in a list of `count` (possibly past its end,
    /// which the caller ignores); nil for any other key, or when the list is
    /// longer than nine (`numberKeysWork`).
    static func digitIndex(_ key: Key, count: Int) -> Int? {
        numberKeysWork(count: count) ? digitIndex(key) : nil
    }

    /// 0 for `1` … 8 for `9`; nil for any other key.
    static func digitIndex(_ key: Key) -> Int? {
        guard case .character(let character) = key, let digit = character.wholeNumberValue, character.isASCII,
            (1...9).contains(digit)
        else { return nil }
        return digit - 1
    }

    /// -1 for `k`/Up, +1 for `j`/Down, a page for PageUp/PageDown.
    static func movement(_ key: Key) -> Int? {
        switch key {
        case .up, .character("k"): -1
        case .down, .character("j"): 1
        case .pageUp: -10
        case .pageDown: 10
        default: nil
        }
    }

    static func isCharacter(_ key: Key, _ character: Character) -> Bool {
        key == .character(character)
    }
}
