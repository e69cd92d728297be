import ActionJournal
import Foundation
import JournalSummaries
import Notation
import RunEngine
import RunSession
import RunbookModel

extension AppController {
    // MARK: - Opening a run

    /// Starts a new journaled run of `runbookID` and shows its first step.
    func startRun(_ runbookID: String) {
        do {
            adopt(try JournaledRun.start(runRequest(runbookID)))
        } catch {
            showOpeningFailure(error)
        }
    }

    /// A request to start `runbookID` with the app's journal, operator, clock and seal key.
    func runRequest(_ runbookID: String) -> RunStartRequest {
        RunStartRequest(
            runbookID: RunbookID(runbookID), machine: machine, language: environment.language,
            operatorName: state.operatorField.text, destination: environment.journalDestination,
            clock: environment.clock, machineFacts: environment.machineFacts,
            outputFactory: environment.outputFactory,
            sealKeyStore: environment.sealKeyStore)
    }

    /// Resumes the run in `journalPath` at the step where it stopped; a drill's journal resumes as a drill.
    func resumeRun(journalPath: String) {
        if DrillSession.isDrillJournal(journalPath) { return resumeDrill(journalPath: journalPath) }
        do {
            adopt(
                try JournaledRun.resume(
                    path: journalPath, machine: machine, operatorName: state.operatorField.text,
                    language: environment.language, clock: environment.clock,
                    machineFacts: environment.machineFacts,
                    outputFactory: environment.outputFactory))
        } catch {
            showOpeningFailure(error)
        }
    }

    /// Makes `run` the open run and shows its step (a run that is not the drill's is a real one).
    func adopt(_ run: JournaledRun) {
        if drillSession?.run !== run { drillSession = nil }
        state.drill = nil
        journaledRun = run
        state.prompt = nil
        state.overlay = nil
        state.stepView = StepViewState()
        state.screen = .step
        refreshSnapshot()
        if let recovered = run.recoveredTornBytes {
            state.message = StatusMessage(state.text.recoveredTornTail(bytes: recovered))
        }
        // A resume that only wrote what a crash left unwritten at the end.
        if run.state.hasEnded { showEnd() }
    }

    /// The end screen, the run's end time taken now.
    func showEnd() {
        let endedAt = state.nowMicroseconds
        state.run?.endedAtMicroseconds = endedAt
        state.screen = .end
    }

    /// A run that cannot be opened: the blocking screen for a journal failure,
    /// otherwise back to triage with the reason.
    func showOpeningFailure(_ error: SessionError) {
        if case .journalFailed = error {
            state.screen = .journalError(error.message(language: state.language))
            return
        }
        state.screen = .triage
        state.message = StatusMessage(error.message(language: state.language), isError: true)
    }

    /// The newest unfinished run the journal catalog knows, as the start screen offers it.
    func resumeOffer() -> ResumeOffer? {
        guard let unfinished = environment.journalCatalog.newestUnfinishedRun() else { return nil }
        let language = state.language
        let runbook = environment.library.runbook(unfinished.runbookID)
        let title =
            runbook.map { $0.title.resolved(preferred: language, fallback: $0.language) }
            ?? unfinished.runbookID
        // The last step may belong to an included runbook: look in the root first, then everywhere.
        let candidates = (runbook.map { [$0] } ?? []) + environment.library.runbooks
        let stepTitle = unfinished.lastStepID.flatMap { id in
            candidates.lazy.compactMap { book in
                book.step(id).map {
                    $0.title.resolved(preferred: language, fallback: book.language)
                }
            }.first
        }
        return ResumeOffer(
            journalPath: unfinished.path, runbookTitle: title, lastStepTitle: stepTitle,
            lastActivity: state.text.journalTime(
                unfinished.recordedOffset.civilTime(unfinished.lastActivityMicroseconds).minuteText,
                recordedOffset: unfinished.recordedOffset),
            lastActor: unfinished.lastActor, isDrill: unfinished.isDrill)
    }

    // MARK: - Acting

    /// Journals `action`; returns whether it was recorded. The screen changes only after `perform` returned success.
    @discardableResult
    func perform(_ action: OperatorAction) -> Bool {
        if let drill = drillSession { return performInDrill(action, drill) }
        return journal(action) { $0.perform(action) }
    }

    /// Journals what `write` does to the run (`action`, when it is a plain action); returns
    /// whether it was recorded. The screen changes only after `write` returned success.
    func journal(
        _ action: OperatorAction?, _ write: (JournaledRun) -> Result<[JournalRecord], SessionError>
    ) -> Bool {
        guard let run = journaledRun else { return false }
        let before = position
        switch write(run) {
        case .success(let records):
            refreshSnapshot()
            if position != before { state.stepView = StepViewState() }
            if let first = records.first {
                state.message = StatusMessage(state.text.recorded(first.message))
            }
            if case .recordCall(let contactID?, let result, _)? = action {
                state.stepView.calls.append(
                    StepViewState.RecordedCall(contactID: contactID, result: result))
            }
            if run.state.hasEnded {
                showEnd()
            } else if run.state.status == .paused {
                state.screen = .paused
            }
            if state.screen != .step { state.prompt = nil }
            return true
        case .failure(let error):
            showActionFailure(error)
            return false
        }
    }

    func showActionFailure(_ error: SessionError) {
        switch error {
        case .refused(.invalidValue(let problem)):
            state.stepView.inputProblem = problem.message(language: state.language)
        case .journalFailed, .sessionFailed:
            state.prompt = nil
            state.overlay = nil
            state.screen = .journalError(error.message(language: state.language))
        default:
            state.message = StatusMessage(error.message(language: state.language), isError: true)
        }
    }

    /// Where the run stands: a change means a new step visit.
    private var position: [String] {
        guard let run = journaledRun else { return [] }
        return ["\(run.state.history.count)"]
            + run.state.frames.flatMap { [$0.runbookID.rawValue, $0.stepID.rawValue] }
    }

    /// Copies what the screens show from the run, after it is on disk.
    func refreshSnapshot() {
        guard let run = journaledRun else { return }
        let root = machine.runbook(run.state.rootRunbookID)
        let rootTitle =
            root.map { $0.title.resolved(preferred: state.language, fallback: $0.language) }
            ?? run.state.rootRunbookID.rawValue
        // A resumed run's elapsed time counts from the real start, read from its journal.
        let startedAt =
            state.run?.journalPath == run.journalPath
            ? state.run?.startedAtMicroseconds
            : JournalSummary.read(path: run.journalPath).summary.runStartedMicroseconds
        state.run = RunSnapshot(
            presentation: run.presentation, tally: run.state.tally, status: run.state.status,
            verificationCode: run.verificationCode, operatorName: run.operatorName,
            journalPath: run.journalPath,
            rootTitle: rootTitle,
            startedAtMicroseconds: startedAt ?? state.nowMicroseconds,
            waitSecondsLeft: run.waitSecondsLeft, visit: run.state.history.count)
    }

    func submitInput() {
        perform(.input(value: state.stepView.inputField.text))
    }

    func submitPrompt() {
        guard let prompt = state.prompt else { return }
        let text = prompt.field.text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if prompt.purpose.requiresText && trimmed.isEmpty {
            let text = state.text
            state.prompt?.problem = prompt.purpose == .note ? text.emptyNote : text.reasonRequired
            return
        }
        if prompt.purpose == .expectedCode { return submitExpectedCode(text) }
        let action: OperatorAction
        switch prompt.purpose {
        case .decision, .rationale, .decidedBy, .hotWashAnswer:
            submitDrillPrompt(prompt.purpose, text: text)
            return
        case .evidenceDescription:
            state.prompt = LinePrompt(purpose: .evidencePath(description: text))
            return
        case .localRunConfirmation:
            state.prompt = nil
            if ["y", "yes", "はい"].contains(trimmed.lowercased()) {
                _ = journal(nil) { $0.runLocalCommand() }
            } else {
                state.message = StatusMessage(state.text.localRunCancelled)
            }
            return
        case .evidencePath(let description):
            state.prompt = nil
            let recorded = journal(nil) {
                $0.registerEvidence(
                    description: description, filePath: trimmed.isEmpty ? nil : trimmed)
            }
            // A file that cannot be read leaves the path on screen to correct, with the reason.
            if !recorded, state.screen == .step, let message = state.message, message.isError {
                state.prompt = LinePrompt(
                    purpose: prompt.purpose, field: prompt.field, problem: message.text)
            }
            return
        case .expectedCode: return
        case .note: action = .note(text: text)
        case .skipReason: action = .skip(reason: text)
        case .failReason: action = .fail(reason: text)
        case .unableReason: action = .unable(reason: text)
        case .abortReason: action = .abort(reason: text)
        case .earlyWaitReason:
            action = .endWait(
                reason: trimmed.isEmpty ? nil : text, early: !(journaledRun?.waitIsOver ?? false))
        }
        state.prompt = nil
        perform(action)
    }
}
