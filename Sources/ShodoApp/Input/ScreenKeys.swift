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
        case .realWorldConfirmation: return [.realWorldYes, .quitNo]
        case .help: return (state.hasOpenRun && state.screen == .step ? [.abort] : []) + [.scroll, .closeOverlay]
        case .why, .drillStory: return [.scroll, .closeOverlay]
        case nil: break
        }
        if state.prompt != nil { return [.submitPrompt, .cancelPrompt] }
        switch state.screen {
        case .operatorEntry: return [.submitName]
        case .resumeOffer: return [.resumeYes, .resumeNo, .help, .quit]
        case .triage:
            return numbers(.pickOption, count: state.triageEntryCount)
                + [.moveSelection, .markSymptom, .pickSelected, .search, .journals, .help, .quit]
        case .runbookList:
            return state.isSearching
                ? [.submitPrompt]
                : numbers(.pickOption, count: state.filteredRunbooks.count)
                    + [.startRunbook, .moveSelection, .search, .backToTriage, .help, .quit]
        case .journalBrowser:
            let open: [KeyCommand] = state.visibleJournalSummaries.isEmpty ? [] : [.openJournal, .moveSelection, .drillSummary]
            let filter: [KeyCommand] = state.journalSummaries.isEmpty ? [] : [.filterDrills]
            return open + filter + [.backToTriage, .help, .quit]
        case .drillSummary: return [.scroll, .backToJournals, .help, .quit]
        case .journalTimeline:
            return [.scroll, .enterCode, .filterKind, .filterOperator, .backToJournals, .help, .quit]
        case .step: return stepCommands(for: state)
        case .paused: return [.resumePaused, .help, .quit]
        case .end:
            if DrillKeymap.hotWashWaits(state) { return [.answerHotWash, .quit, .help] }
            return (state.pendingTriage.isEmpty ? [] : [.startPending]) + [.quit, .help]
        case .journalError: return [.quit]
        }
    }

    /// The commands as bottom-line hints in `state`'s language.
    public static func hints(for state: AppState) -> [KeyHint] {
        commands(for: state).map { KeyHint(key: keyName($0, in: state), label: state.text.label($0), isEssential: $0.isEssential) }
    }

    /// The key of `command` as the bottom line shows it: the number keys as
    /// far as the list goes (`1-3`), any other key by its `keyName`.
    public static func keyName(_ command: KeyCommand, in state: AppState) -> String {
        guard let count = numberedCount(command, in: state) else { return command.keyName }
        return count == 1 ? "1" : "1-\(count)"
    }

    /// How many entries the number keys pick from in `state`, for `.pickOption` and `.pickContact`.
    private static func numberedCount(_ command: KeyCommand, in state: AppState) -> Int? {
        switch command {
        case .pickContact: return state.run?.presentation?.contacts.count
        case .pickOption:
            switch state.screen {
            case .triage: return state.triageEntryCount
            case .runbookList: return state.filteredRunbooks.count
            default: return state.run?.presentation?.options.count
            }
        default: return nil
        }
    }

    /// `command` when the number keys reach every entry of a list of `count`
    /// (1 to 9); a longer list is picked with j/k and Enter only, so that no
    /// key line says `1-9` for a list whose tenth entry no number key reaches.
    private static func numbers(_ command: KeyCommand, count: Int) -> [KeyCommand] {
        Keymap.numberKeysWork(count: count) ? [command] : []
    }

    private static func stepCommands(for state: AppState) -> [KeyCommand] {
        guard state.run?.presentation != nil, state.hasOpenRun else { return [.help, .quit] }
        let kind = kindCommands(for: state)
        // A typing input field keeps its two keys alone; otherwise the drill's keys come first.
        if case .input = state.run?.presentation?.kind, state.stepView.inputFocused { return kind }
        return DrillKeymap.stepCommands(for: state) + kind
    }

    private static func kindCommands(for state: AppState) -> [KeyCommand] {
        guard let step = state.run?.presentation else { return [.help, .quit] }
        let why: [KeyCommand] = step.why == nil ? [] : [.why]
        let common: [KeyCommand] = [.skip, .note, .evidence] + why + [.back, .pause, .help, .quit]
        switch step.kind {
        case .instruction: return [.done, .unable] + common + [.scroll]
        case .command:
            let local: [KeyCommand] = step.command?.runLocally == true ? [.runLocally] : []
            return [.done] + local + [.unable] + common + [.scroll]
        case .include: return [.done] + common + [.scroll]
        case .check: return [.confirm, .fail] + common + [.scroll]
        case .choice: return numbers(.pickOption, count: step.options.count) + [.moveSelection, .pickSelected] + common + [.scrollPage]
        case .input:
            if state.stepView.inputFocused { return [.submitInput, .leaveInput] }
            return [.enterInput] + common + [.scroll]
        case .contact:
            let several = step.contacts.count > 1
            let pick: [KeyCommand] = several ? numbers(.pickContact, count: step.contacts.count) + [.moveSelection] : []
            let move: [KeyCommand] = several ? [.scrollPage] : [.scroll]
            return pick + [.callReached, .callNoAnswer, .callLeftMessage, .nextAfterCalls] + common + move
        case .wait: return [.endWaitEarly] + common + [.scroll]
        case .end: return [.finishEnd, .note, .evidence] + why + [.back, .pause, .help, .quit, .scroll]
        }
    }
}
