import Foundation
import RunEngine
import RunSession
import RunbookModel
import TerminalUI

/// The player's side of a drill (docs/drill-scenario.md "Running"): the run goes through
/// the `DrillSession`, which delivers injects on the drill clock and answers for the
/// simulated contacts; the screens show it under the exercise banner.
extension AppController {
    // MARK: - Opening

    /// `shodo drill SCENARIO`: StartEx, and the runbook's first step under the banner.
    func startDrill(scenarioID: String, team: String?, tabletop: Bool) {
        guard let scenario = environment.library.scenario(scenarioID) else {
            showOpeningFailure(.drillRefused(state.text.noDrillScenario(scenarioID)))
            return
        }
        do {
            adoptDrill(
                try DrillSession.start(
                    runRequest(scenario.runbookID), scenario: scenario, team: team,
                    tabletop: tabletop))
            state.overlay = .drillStory
            state.overlayFirstLine = 0
        } catch {
            showOpeningFailure(error)
        }
    }

    /// Resumes a drill's journal as a drill: the drill clock goes on from the journal and
    /// nothing delivered is delivered again.
    func resumeDrill(journalPath: String) {
        do {
            adoptDrill(
                try DrillSession.resume(
                    path: journalPath, machine: machine, scenarios: environment.library.scenarios,
                    operatorName: state.operatorField.text, clock: environment.clock,
                    machineFacts: environment.machineFacts))
        } catch {
            showOpeningFailure(error)
        }
    }

    private func adoptDrill(_ session: DrillSession) {
        drillSession = session
        adopt(session.run)
        openDrillControl(session)
        refreshDrill()
        continueHotWash()
    }

    /// Listens for the facilitator (`shodo drill control`) beside the drill's journal; a drill
    /// goes on without the socket when it cannot be opened, and says why once.
    private func openDrillControl(_ session: DrillSession) {
        drillControlServer?.close()
        drillControlServer = nil
        guard let port = environment.drillControl else { return }
        switch port.open(for: session, realRunRequest: realRunRequest(session)) {
        case .success(let server): drillControlServer = server
        case .failure(let error):
            state.message = StatusMessage(error.message(language: environment.language))
        }
    }

    /// The real run of a real-world abort: as a new run would start, with the app's
    /// journal output, written beside the drill's journal (`realRunDestination`).
    private func realRunRequest(_ drill: DrillSession) -> RunStartRequest {
        var request = runRequest(drill.scenario.runbookID)
        request.destination = drill.realRunDestination
        return request
    }

    /// Takes in what the facilitator did over the socket since the last tick.
    private func serveDrillControl() {
        guard let server = drillControlServer else { return }
        for event in server.poll() {
            switch event {
            case .attached(let name):
                state.message = StatusMessage(state.text.facilitatorAttached(name))
            case .detached(let name):
                state.message = StatusMessage(state.text.facilitatorDetached(name))
            case .delivered, .clockPaused, .clockResumed: refreshSnapshot()
            case .ended:
                // EndEx by the facilitator: the run is stopped and the journal closed.
                refreshSnapshot()
                refreshDrill()
                state.prompt = nil
                state.overlay = nil
                showEnd()
            case .answered(_, let script):
                refreshSnapshot()
                if let script { state.message = StatusMessage(script) }
            case .abortedForRealIncident:
                server.close()
                drillControlServer = nil
                if let real = server.realRun {
                    drillSession = nil
                    adopt(real)
                    state.message = StatusMessage(state.text.realWorldStarted)
                }
            }
        }
        if drillSession?.hasEnded == true {
            drillControlServer?.close()
            drillControlServer = nil
        }
    }

    // MARK: - The clock

    /// The one per-tick drill function: delivers (and journals) what has fallen due on the
    /// drill clock and brings the drill on screen up to date, after taking in what the
    /// facilitator sent from another terminal. The event loop's tick calls it while a
    /// drill's step is on screen.
    func tickDrill() {
        serveDrillControl()
        guard let drill = drillSession, !drill.hasEnded, drill.run.state.status == .running else {
            return
        }
        switch drill.deliverDue() {
        case .failure(let error): showActionFailure(error)
        case .success(let injects): if !injects.isEmpty { refreshSnapshot() }
        }
        refreshDrill()
    }

    /// Copies what the screens show of the drill from its session.
    func refreshDrill() {
        guard let drill = drillSession else {
            state.drill = nil
            return
        }
        state.drill = DrillSnapshot(
            progress: drill.progress, language: drill.run.state.language,
            isTabletop: drill.isTabletop,
            decidedSteps: drill.decidedSteps, hotWashAnswered: drill.hotWashAnswers.count,
            hasEnded: drill.hasEnded)
    }

    // MARK: - Acting in a drill

    /// Carries out `action` through the drill. In a tabletop drill a step's completion
    /// first asks for the decision on it (unless one is recorded, or `asksDecision` is false).
    func performInDrill(_ action: OperatorAction, _ drill: DrillSession, asksDecision: Bool = true)
        -> Bool
    {
        if asksDecision, drill.isTabletop, Self.completesStep(action),
            let step = drill.run.presentation?.stepID,
            !drill.decidedSteps.contains(step)
        {
            state.prompt = LinePrompt(purpose: .decision(pending: action))
            return false
        }
        let answered = drill.simulatedAnswer(to: action)
        let contactName = state.run?.presentation?.contacts.first { card in
            if case .recordCall(let id?, _, _) = action { return card.id == id }
            return false
        }?.name
        let recorded = journal(answered) { _ in drill.perform(action).map(\.written) }
        if recorded, drill.scenario.type.simulatesContacts,
            case .recordCall(let id?, let result, _) = answered
        {
            let name = contactName ?? id
            if answered != action {
                state.message = StatusMessage(state.text.drillContactNoAnswer(name))
            } else if result == .reached, let script = drill.script(forContact: id) {
                state.message = StatusMessage(state.text.drillContactSays(name, script))
            }
        }
        // What the action set off without delay arrives at once.
        tickDrill()
        continueHotWash()
        return recorded
    }

    /// The actions that complete a step, before which a tabletop drill asks for the decision.
    static func completesStep(_ action: OperatorAction) -> Bool {
        switch action {
        case .done, .confirm, .fail, .choose, .input, .skip, .unable: true
        default: false
        }
    }

    func acknowledgeInject(_ id: String) {
        guard let drill = drillSession else { return }
        if let error = drill.acknowledge(id) {
            showActionFailure(error)
        } else {
            state.message = StatusMessage(state.text.injectAcknowledged(id))
            refreshSnapshot()
        }
        refreshDrill()
    }

    // MARK: - Prompts

    /// The tabletop decision (decision, rationale, who decided) and the hot-wash answers.
    func submitDrillPrompt(_ purpose: PromptPurpose, text: String) {
        guard let drill = drillSession else {
            state.prompt = nil
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .decision(let pending):
            guard !trimmed.isEmpty else {
                state.prompt = nil
                if let pending { _ = performInDrill(pending, drill, asksDecision: false) }
                return
            }
            state.prompt = LinePrompt(purpose: .rationale(decision: text, pending: pending))
        case .rationale(let decision, let pending):
            state.prompt = LinePrompt(
                purpose: .decidedBy(decision: decision, rationale: text, pending: pending),
                field: TextFieldState(text: drill.run.operatorName))
        case .decidedBy(let decision, let rationale, let pending):
            state.prompt = nil
            guard let step = drill.run.presentation?.stepID else { return }
            if let error = drill.recordDecision(
                step: step, decision: decision, rationale: rationale, decidedBy: text)
            {
                showActionFailure(error)
                return
            }
            refreshSnapshot()
            refreshDrill()
            state.message = StatusMessage(state.text.decisionRecorded(decision))
            if let pending { _ = performInDrill(pending, drill, asksDecision: false) }
        case .hotWashAnswer:
            state.prompt = nil
            if let error = drill.answerHotWash(text) {
                showActionFailure(error)
                return
            }
            refreshSnapshot()
            refreshDrill()
            continueHotWash()
        default:
            state.prompt = nil
        }
    }

    /// After the drill's run has ended: the next hot-wash question's field, or, once all
    /// are answered, EndEx (`drill.ended`, the journal closed).
    func continueHotWash() {
        guard let drill = drillSession, drill.run.state.hasEnded, !drill.hasEnded,
            !drill.wentRealWorld
        else { return }
        if drill.nextHotWashQuestion != nil {
            if state.prompt == nil { state.prompt = LinePrompt(purpose: .hotWashAnswer) }
            return
        }
        if let error = drill.end() {
            showActionFailure(error)
            return
        }
        refreshSnapshot()
        refreshDrill()
        state.message = StatusMessage(state.text.drillEnded)
    }

    // MARK: - Real-world abort

    /// 「これは実際のインシデントです」 confirmed: the drill journal closes with
    /// `drill.real-world`, and the real run of the same runbook opens at its first step.
    func switchToRealIncident() {
        state.overlay = nil
        guard let drill = drillSession else { return }
        do {
            let real = try drill.switchToRealIncident(realRunRequest(drill))
            drillControlServer?.close()
            drillControlServer = nil
            drillSession = nil
            adopt(real)
            state.message = StatusMessage(state.text.realWorldStarted)
        } catch {
            if drill.wentRealWorld {
                drillSession = nil
                journaledRun = nil
                state.drill = nil
            }
            showOpeningFailure(error)
        }
    }
}
