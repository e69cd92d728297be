import ActionJournal
import Foundation
import Notation
import RunEngine
import RunSession
import RunbookModel
import TerminalUI

/// Turns intents into effects and state: the only part of the app that touches the journal.
///
/// It owns the `JournaledRun`; a screen shows an action as recorded only from
/// the snapshot taken after `perform` returned, i.e. once it is on disk. After
/// a journal failure the state is the blocking error screen and nothing else
/// is accepted.
@MainActor
public final class AppController {
    /// What the screens draw.
    public internal(set) var state: AppState
    /// Set once the UI should end; the event loop returns it.
    public internal(set) var exit: AppExit?
    /// The terminal's size, for scrolling limits; the event loop keeps it current.
    public var screenSize = Size(width: 80, height: 24)

    let environment: AppEnvironment
    let machine: RunStateMachine
    let route: AppRoute
    /// The open run, if any (also kept after it ended or was paused, for the code).
    var journaledRun: JournaledRun?
    /// The drill the open run belongs to (`shodo drill`, or a drill's journal resumed); nil for a real run.
    var drillSession: DrillSession?
    /// The facilitator's control socket of the drill being played, when the environment opens one.
    var drillControlServer: DrillControlServer?

    /// A controller for `route`; nothing happens until `begin()`.
    public init(environment: AppEnvironment, route: AppRoute) {
        self.environment = environment
        self.route = route
        self.machine = RunStateMachine(library: environment.library)
        let language = environment.language
        let runbookLanguage =
            environment.library.runbooks.first?.language ?? LocalizedText.defaultLanguage
        state = AppState(
            language: language, screen: .operatorEntry,
            operatorName: environment.operatorName ?? environment.operatorMemory.recall() ?? "",
            principles: environment.library.firstPrinciples.map {
                $0.resolved(preferred: language, fallback: runbookLanguage)
            },
            triageEntries: TriageEntry.entries(for: environment.library, language: language),
            runbookEntries: RunbookListEntry.entries(for: environment.library, language: language))
        state.nowMicroseconds = environment.clock.now().wallMicroseconds
        state.contactsWarning = environment.contactsWarning
    }

    /// Opens the first screen: the name when it is missing, else where the route leads.
    public func begin() {
        if let given = environment.operatorName, !given.isEmpty {
            proceed()
            // The start screen was skipped: the IT lead's warning goes on the first screen's message line.
            if let warning = state.contactsWarning, state.message == nil, state.screen != .step {
                state.message = StatusMessage(warning)
            }
        } else {
            state.screen = .operatorEntry
            state.lastDrillNotice = LastDrillNotice.read(environment.journalCatalog, today: today)
        }
    }

    /// Today by the app's clock, in the machine's offset now (`MachineFacts`), `YYYY-MM-DD`.
    var today: String {
        let now = environment.clock.now().wallMicroseconds
        let offset = RecordedOffset(
            recorded: environment.machineFacts.utcOffset(atWallSeconds: now / 1_000_000))
        return offset.civilTime(now).dateText
    }

    /// Whether a clock or countdown is on screen, so the loop should wake every second.
    public var wantsClockTicks: Bool {
        state.screen == .step && state.hasOpenRun
    }

    /// Carries out one intent.
    public func handle(_ intent: AppIntent) {
        if intent != .ignore { state.message = nil }
        switch intent {
        case .ignore: break
        case .editOperatorName(let key):
            _ = state.operatorField.apply(key)
            state.operatorProblem = nil
        case .submitOperatorName: submitOperatorName()
        case .acceptResume:
            if case .resumeOffer(let offer) = state.screen {
                resumeRun(journalPath: offer.journalPath)
            }
        case .declineResume: state.screen = .triage
        case .moveSelection(let delta): moveSelection(by: delta)
        case .pickTriageEntry(let index): pickTriageEntry(index)
        case .toggleTriageMark(let index):
            // "Browse all" is no symptom and cannot be marked.
            guard state.triageEntries.indices.contains(index) else { break }
            if state.triageMarks.remove(index) == nil { state.triageMarks.insert(index) }
        case .startMarkedTriage:
            startTriage(state.triageMarks.sorted().map { state.triageEntries[$0] })
        case .startPendingRunbook: startTriage(state.pendingTriage)
        case .openRunbookList(let searching):
            state.screen = .runbookList
            state.isSearching = searching
        case .startSearch: state.isSearching = true
        case .editSearch(let key):
            _ = state.search.apply(key)
            state.listSelection = 0
        case .endSearch: state.isSearching = false
        case .pickRunbook(let index):
            let entries = state.filteredRunbooks
            if entries.indices.contains(index) { startRun(entries[index].runbookID) }
        case .backToTriage: state.screen = .triage
        case .openJournalBrowser: openJournalBrowser()
        case .openJournalTimeline(let index): openJournalTimeline(index)
        case .cycleJournalDrillFilter: cycleJournalDrillFilter()
        case .openDrillSummary(let index): openDrillSummary(index)
        case .cycleTimelineKindFilter: state.timelineView?.cycleKindFilter()
        case .cycleTimelineOperatorFilter: state.timelineView?.cycleOperatorFilter()
        case .backToJournalBrowser: state.screen = .journalBrowser
        case .perform(let action): perform(action)
        case .selectContact(let index): selectContact(index)
        case .focusInputField: state.stepView.inputFocused = true
        case .leaveInputField: state.stepView.inputFocused = false
        case .editInput(let key):
            if state.stepView.inputField.apply(key) { state.stepView.inputProblem = nil }
        case .submitInput: submitInput()
        case .scroll(let delta):
            if state.overlay != nil {
                let limit = AppRenderer.maximumOverlayFirstLine(state, size: screenSize)
                state.overlayFirstLine = min(max(0, state.overlayFirstLine + delta), limit)
            } else if state.screen == .drillSummary {
                let limit = DrillSummaryScreen.maximumFirstLine(state, size: screenSize)
                let first = state.drillSummaryView?.firstLine ?? 0
                state.drillSummaryView?.firstLine = min(max(0, first + delta), limit)
            } else if state.screen == .journalTimeline {
                let pageRows = JournalTimelineScreen.recordRows(state, size: screenSize)
                state.timelineView?.scroll(by: delta, pageRows: pageRows)
            } else {
                scrollBody(by: delta)
            }
        case .openPrompt(let purpose):
            state.overlay = nil
            state.prompt = LinePrompt(purpose: purpose)
        case .editPrompt(let key):
            if state.prompt?.field.apply(key) == true { state.prompt?.problem = nil }
        case .submitPrompt: submitPrompt()
        case .cancelPrompt: state.prompt = nil
        case .notice(let message): state.message = message
        case .showOverlay(let overlay):
            state.overlay = overlay
            state.overlayFirstLine = 0
        case .closeOverlay: state.overlay = nil
        case .confirmQuit: finish(.quitConfirmed)
        case .quit: finish(.quitConfirmed)
        case .resumePausedRun:
            if let path = state.run?.journalPath { resumeRun(journalPath: path) }
        case .acknowledgeInject(let id): acknowledgeInject(id)
        case .confirmRealWorld: switchToRealIncident()
        }
    }

    /// Brings the clock up to date and lets a finished countdown move on by itself.
    public func tick() {
        state.nowMicroseconds = environment.clock.now().wallMicroseconds
        guard let run = journaledRun, state.screen == .step, state.hasOpenRun else { return }
        // A quiet night still closes a seal epoch every 15 minutes.
        if let failure = run.sealIfDue() {
            showActionFailure(failure)
            return
        }
        state.run?.waitSecondsLeft = run.waitSecondsLeft
        tickDrill()
        if case .wait = run.presentation?.kind, run.waitIsOver, state.prompt == nil {
            perform(.endWait(reason: nil, early: false))
        }
    }

    // MARK: - Screens before a run

    private func submitOperatorName() {
        let name = state.operatorField.text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            state.operatorProblem = state.text.operatorNameMissing
            return
        }
        environment.operatorMemory.remember(name)
        state.operatorField.setText(name)
        proceed()
    }

    /// Goes where the route leads once the operator is known.
    private func proceed() {
        switch route {
        case .triage:
            if let offer = resumeOffer() {
                state.screen = .resumeOffer(offer)
            } else {
                state.screen = .triage
            }
        case .runbook(let id): startRun(id)
        case .resume(let path): resumeRun(journalPath: path)
        case .journals: openJournalBrowser()
        case .drill(let scenarioID, let team, let tabletop):
            startDrill(scenarioID: scenarioID, team: team, tabletop: tabletop)
        }
    }

    /// Starts the runbook of the first of `entries` (the list is most urgent
    /// first), journals the others as a note on its first step and keeps the
    /// ones with another runbook for the end screen.
    private func startTriage(_ entries: [TriageEntry]) {
        guard let first = entries.first else { return }
        let others = Array(entries.dropFirst())
        startRun(first.runbookID)
        guard state.screen == .step, journaledRun != nil else { return }
        state.triageMarks = []
        state.pendingTriage = others.filter { $0.runbookID != first.runbookID }
        if !others.isEmpty {
            perform(.note(text: state.text.otherSymptomsNote(others.map(\.label))))
        }
    }

    private func pickTriageEntry(_ index: Int) {
        state.triageSelection = index
        if state.triageEntries.indices.contains(index) {
            startRun(state.triageEntries[index].runbookID)
        } else {
            state.screen = .runbookList
            state.isSearching = false
        }
    }

    private func moveSelection(by delta: Int) {
        func clamp(_ value: Int, _ count: Int) -> Int { min(max(0, value), max(0, count - 1)) }
        switch state.screen {
        case .triage:
            state.triageSelection = clamp(state.triageSelection + delta, state.triageEntryCount)
        case .runbookList:
            state.listSelection = clamp(state.listSelection + delta, state.filteredRunbooks.count)
        case .journalBrowser:
            state.journalSelection = clamp(
                state.journalSelection + delta, state.visibleJournalSummaries.count)
        case .step:
            guard let step = state.run?.presentation else { return }
            if case .contact = step.kind {
                let current =
                    state.stepView.selectedContact ?? (delta > 0 ? -1 : step.contacts.count)
                selectContact(clamp(current + delta, step.contacts.count))
            } else {
                state.stepView.selectedOption = clamp(
                    state.stepView.selectedOption + delta, step.options.count)
            }
        default: break
        }
    }

    /// Marks contact `index` and scrolls it into view.
    private func selectContact(_ index: Int) {
        state.stepView.selectedContact = index
        state.stepView.bodyFirstLine = StepScreen.bodyFirstLine(
            showingContact: index, state, size: screenSize)
    }

    private func scrollBody(by delta: Int) {
        let limit = StepScreen.maximumBodyFirstLine(state, size: screenSize)
        state.stepView.bodyFirstLine = min(max(0, state.stepView.bodyFirstLine + delta), limit)
    }
}
