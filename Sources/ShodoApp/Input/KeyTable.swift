import TerminalUI

/// The one key-binding table: for every state, the rows of `KeyBinding` that
/// say which keys work, what each does, and how the key line and the help name
/// it, most important first.
///
/// `Keymap` (key → intent), the key line (`ScreenKeys.hints`) and the help
/// overlay all read it. Precedence: the blocking journal error, then an
/// overlay, then the input line, then the screen; the first layer that applies
/// owns every key. Within a layer the first row that takes a key decides.
///
/// A new screen's keys are one more case in `screenBindings`, returning its
/// rows (docs/terminal-ui.md "Keys").
enum KeyTable {
    /// The rows that work in `state`, in the order the key line lists them.
    static func bindings(for state: AppState) -> [KeyBinding] {
        if case .journalError = state.screen { return [quit] }
        if let overlay = state.overlay { return overlayBindings(overlay, state: state) }
        if state.prompt != nil {
            return [
                KeyBinding(.submitPrompt, [.enter], does: .submitPrompt),
                KeyBinding(.cancelPrompt, [.escape], does: .cancelPrompt),
                .anyKey(nil) { .editPrompt($0) },
            ]
        }
        return screenBindings(state)
    }

    /// The rows of the screen itself: one case per screen.
    private static func screenBindings(_ state: AppState) -> [KeyBinding] {
        switch state.screen {
        case .operatorEntry:
            return [
                KeyBinding(.submitName, [.enter], does: .submitOperatorName),
                .anyKey(nil) { .editOperatorName($0) },
            ]
        case .resumeOffer:
            return [
                KeyBinding(
                    .resumeYes, [.character("y")], also: [.character("Y"), .enter],
                    does: .acceptResume),
                KeyBinding(
                    .resumeNo, [.character("n")], also: [.character("N")], does: .declineResume),
                help, quit,
            ]
        case .triage: return triageBindings(state)
        case .runbookList: return runbookListBindings(state)
        case .journalBrowser: return journalBrowserBindings(state)
        case .journalTimeline: return journalTimelineBindings(state)
        case .drillSummary: return drillSummaryBindings(state)
        case .step: return stepBindings(state)
        case .paused:
            return [KeyBinding(.resumePaused, [.enter], does: .resumePausedRun)] + common(state)
        case .end:
            // While a drill's hot-wash question waits, Enter answers it; the next runbook waits until then.
            if let answer = hotWashBinding(state) { return [answer, quitOrConfirm(state), help] }
            let pending =
                state.pendingTriage.isEmpty
                ? [] : [KeyBinding(.startPending, [.enter], does: .startPendingRunbook)]
            return pending + [quitOrConfirm(state), help]
        case .journalError: return [quit]
        }
    }

    private static func overlayBindings(_ overlay: AppOverlay, state: AppState) -> [KeyBinding] {
        let close = KeyBinding.anyKey(.closeOverlay, named: [.escape]) { _ in .closeOverlay }
        switch overlay {
        case .quitConfirmation:
            return [
                KeyBinding(
                    .quitYes, [.character("y")], also: [.character("Y")], does: .confirmQuit),
                .anyKey(.quitNo, named: [.character("n")]) { _ in .closeOverlay },
            ]
        case .realWorldConfirmation: return realWorldConfirmationBindings
        case .help:
            // Abort is listed only here, never on the step's own key line: ending
            // the whole run takes a deliberate second key.
            let abort =
                state.hasOpenRun && state.screen == .step
                ? [KeyBinding(.abort, [.character("x")], does: .openPrompt(.abortReason))] : []
            return abort + [.movement(.scroll) { .scroll($0) }, close]
        case .why, .drillStory:
            return [.movement(.scroll) { .scroll($0) }, close]
        }
    }

    private static func triageBindings(_ state: AppState) -> [KeyBinding] {
        let pick =
            state.triageMarks.isEmpty
            ? AppIntent.pickTriageEntry(state.triageSelection) : .startMarkedTriage
        return KeyBinding.numbers(.pickOption, count: state.triageEntryCount) {
            .pickTriageEntry($0)
        } + [
            .movement(.moveSelection) { .moveSelection($0) },
            KeyBinding(
                .markSymptom, [.character(" ")], does: .toggleTriageMark(state.triageSelection)),
            KeyBinding(.pickSelected, [.enter], does: pick),
            KeyBinding(.search, [.character("/")], does: .openRunbookList(searching: true)),
            KeyBinding(.journals, [.character("l")], does: .openJournalBrowser),
        ] + common(state)
    }

    private static func runbookListBindings(_ state: AppState) -> [KeyBinding] {
        if state.isSearching {
            return [
                KeyBinding(.submitPrompt, [.enter], also: [.escape, .down, .up], does: .endSearch),
                .anyKey(nil) { .editSearch($0) },
            ]
        }
        let count = state.filteredRunbooks.count
        return KeyBinding.numbers(.pickOption, count: count) { .pickRunbook($0) } + [
            KeyBinding(
                .startRunbook, [.enter],
                does: count > 0 ? .pickRunbook(state.listSelection) : .ignore),
            .movement(.moveSelection) { .moveSelection($0) },
            KeyBinding(.search, [.character("/")], does: .startSearch),
            KeyBinding(.backToTriage, [.escape, .character("b")], does: .backToTriage),
        ] + common(state)
    }

    // MARK: - Rows many screens share

    /// `?` and `q`, which work on every screen that is not typing.
    static func common(_ state: AppState) -> [KeyBinding] {
        [help, quitOrConfirm(state)]
    }

    static var help: KeyBinding { KeyBinding(.help, [.character("?")], does: .showOverlay(.help)) }

    /// `q` leaving at once, with no run to pause.
    static var quit: KeyBinding { KeyBinding(.quit, [.character("q")], does: .quit) }

    /// `q`: asks first while a run is open.
    static func quitOrConfirm(_ state: AppState) -> KeyBinding {
        state.hasOpenRun
            ? KeyBinding(.quit, [.character("q")], does: .showOverlay(.quitConfirmation)) : quit
    }
}
