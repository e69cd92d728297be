import RunEngine
import TerminalUI

/// The keys that work in a state, most important first: the bottom line shows
/// them and the help overlay explains them, so the two can never disagree.
public enum ScreenKeys {
    /// The commands available in `state`, in the order they are listed.
    public static func commands(for state: AppState) -> [KeyCommand] {
        if case .journalError = state.screen { return [.quit] }
        switch state.overlay {
        case .quitConfirmation: return [.quitYes, .quitNo]
        case .help: return state.hasOpenRun && state.screen == .step ? [.abort, .closeOverlay] : [.closeOverlay]
        case .why: return [.closeOverlay]
        case nil: break
        }
        if state.prompt != nil { return [.submitPrompt, .cancelPrompt] }
        switch state.screen {
        case .operatorEntry: return [.submitName]
        case .resumeOffer: return [.resumeYes, .resumeNo, .help, .quit]
        case .triage: return [.pickOption, .moveSelection, .pickSelected, .search, .journals, .help, .quit]
        case .runbookList:
            return state.isSearching
                ? [.submitPrompt]
                : [.startRunbook, .moveSelection, .search, .backToTriage, .help, .quit]
        case .journalBrowser:
            let open: [KeyCommand] = state.journalSummaries.isEmpty ? [] : [.openJournal, .moveSelection]
            return open + [.backToTriage, .help, .quit]
        case .journalTimeline:
            return [.scroll, .filterKind, .filterOperator, .backToJournals, .help, .quit]
        case .step: return stepCommands(for: state)
        case .paused: return [.resumePaused, .help, .quit]
        case .end: return [.quit, .help]
        case .journalError: return [.quit]
        }
    }

    /// The commands as bottom-line hints in `state`'s language.
    public static func hints(for state: AppState) -> [KeyHint] {
        commands(for: state).map { KeyHint(key: $0.keyName, label: state.text.label($0), isEssential: $0.isEssential) }
    }

    private static func stepCommands(for state: AppState) -> [KeyCommand] {
        guard let step = state.run?.presentation, state.hasOpenRun else { return [.help, .quit] }
        let why: [KeyCommand] = step.why == nil ? [] : [.why]
        let common: [KeyCommand] = [.skip, .note] + why + [.back, .pause, .help, .quit]
        switch step.kind {
        case .instruction, .command: return [.done, .unable] + common + [.scroll]
        case .include: return [.done] + common + [.scroll]
        case .check: return [.confirm, .fail] + common + [.scroll]
        case .choice: return [.pickOption, .moveSelection, .pickSelected] + common + [.scrollPage]
        case .input:
            if state.stepView.inputFocused { return [.submitInput, .leaveInput] }
            return [.enterInput] + common + [.scroll]
        case .contact:
            let pick: [KeyCommand] = step.contacts.count > 1 ? [.pickContact] : []
            let move: [KeyCommand] = step.contacts.count > 1 ? [.scrollPage] : [.scroll]
            return pick + [.callReached, .callNoAnswer, .callLeftMessage, .nextAfterCalls] + common + move
        case .wait: return [.endWaitEarly] + common + [.scroll]
        case .end: return [.finishEnd, .note] + why + [.back, .pause, .help, .quit, .scroll]
        }
    }
}
