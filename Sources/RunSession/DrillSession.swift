import ActionJournal
import RunEngine
import RunbookModel

/// A drill wired to its journal (drill-scenario.md, "Running" and "Journal of a
/// drill"): the run of the scenario's runbook, and beside it the drill clock and
/// the injects, all journaled by this one writer.
///
/// Before every action, what has fallen due on the drill clock is delivered and
/// journaled first (`deliverDue`); nothing ever sleeps. After the run ends the
/// journal stays open for the hot wash; `end()` journals `drill.ended` and closes it.
public final class DrillSession {
    public let run: JournaledRun
    public private(set) var progress: DrillProgress
    /// Hot-wash questions answered so far, in order.
    public private(set) var hotWashAnswers: [String] = []
    /// Whether `drill.ended` is on disk.
    public private(set) var hasEnded = false
    private let clock: any JournalClock

    private init(run: JournaledRun, scenario: DrillScenario, clock: any JournalClock) {
        self.run = run
        self.progress = DrillProgress(scenario: scenario)
        self.clock = clock
    }

    private var ja: Bool { run.state.language == "ja" }
    private var now: Int64 { clock.now().wallMicroseconds }
    public var scenario: DrillScenario { progress.scenario }

    /// Opens the drill's journal (`DRILL-…`, `drill: true`, the scenario's id, version
    /// and SHA-256), starts the run and journals `drill.started`: StartEx.
    public static func start(_ request: RunStartRequest, scenario: DrillScenario, team: String?) throws(SessionError)
        -> DrillSession
    {
        var request = request
        request.scenario = scenario
        let run = try JournaledRun.start(request)
        let session = DrillSession(run: run, scenario: scenario, clock: request.clock)
        let language = request.language
        let story = scenario.story.resolved(preferred: language, fallback: scenario.language)
        var payload = [
            JSONMember(name: "roles", value: .array(scenario.roles.map { .string($0.id) })),
            JSONMember(name: "story", value: .string(story)),
        ]
        if let team { payload.insert(JSONMember(name: "team", value: .string(team)), at: 0) }
        let title = scenario.title.resolved(preferred: language, fallback: scenario.language)
        _ = try session.journal(
            "drill.started", language == "ja" ? "訓練を開始しました: \(title)" : "Drill started: \(title)", payload
        ).get()
        session.progress.apply(.started, atWall: session.now)
        return session
    }

    // MARK: - Injects

    /// Delivers and journals every inject due on the drill clock now; returns them in order.
    public func deliverDue() -> Result<[Inject], SessionError> {
        var delivered: [Inject] = []
        for inject in progress.due(atWall: now) {
            if case .failure(let error) = deliver(inject) { return .failure(error) }
            delivered.append(inject)
        }
        return .success(delivered)
    }

    /// Fires a manual inject for the facilitator.
    public func fireManually(_ id: String) -> Result<Inject, SessionError> {
        guard progress.canFireManually(id), let inject = scenario.inject(id) else {
            return .failure(.drillRefused(ja ? "手動で出せる注入はありません: \(id)" : "no manual inject '\(id)' left to fire"))
        }
        return deliver(inject).map { _ in inject }
    }

    /// Journals `inject.acknowledged` for a delivered, unacknowledged inject.
    public func acknowledge(_ id: String) -> SessionError? {
        guard progress.awaitingAcknowledgement.contains(where: { $0.id == id }) else {
            return .drillRefused(
                ja ? "確認待ちの注入はありません: \(id)" : "no delivered inject '\(id)' is waiting to be acknowledged")
        }
        let written = journal(
            "inject.acknowledged", ja ? "注入を確認しました: \(id)" : "Inject acknowledged: \(id)",
            [JSONMember(name: "inject", value: .string(id))])
        if case .failure(let error) = written { return error }
        progress.apply(.acknowledged(inject: id), atWall: now)
        return nil
    }

    /// The words of an inject as shown to the player.
    public func text(of inject: Inject) -> String {
        inject.text.resolved(preferred: run.state.language, fallback: scenario.language)
    }

    private func deliver(_ inject: Inject) -> Result<JournalRecord, SessionError> {
        let text = text(of: inject)
        let result = journal(
            "inject.delivered", (ja ? "注入: " : "Inject: ") + text,
            [
                JSONMember(name: "inject", value: .string(inject.id)),
                JSONMember(name: "trigger", value: .string(inject.trigger.journalName)),
                JSONMember(name: "text", value: .string(text)),
                JSONMember(name: "drill_seconds", value: .integer(Int64(progress.drillSeconds(atWall: now)))),
            ])
        if case .success = result { progress.apply(.delivered(inject: inject.id), atWall: now) }
        return result
    }

    // MARK: - The run

    /// What the simulated person says when a call is answered: the contact's script,
    /// shown to the player (functional and tabletop drills).
    public func script(forContact id: String) -> String? {
        scenario.simulatedContact(id)?.script?.resolved(preferred: run.state.language, fallback: scenario.language)
    }

    /// With no facilitator answering, Shodo answers for a simulated contact: a call
    /// made before its `reachable_after` goes unanswered. A comcheck calls real people,
    /// so what the player records stands.
    public func simulatedAnswer(to action: OperatorAction) -> OperatorAction {
        guard scenario.type != .comcheck, case .recordCall(let contactID?, .reached, let note) = action,
            let contact = scenario.simulatedContact(contactID),
            progress.drillSeconds(atWall: now) < contact.reachableAfterSeconds
        else { return action }
        return .recordCall(contactID: contactID, result: .noAnswer, note: note)
    }

    /// Delivers what is due, then carries out `action` on the run (a call to a simulated
    /// contact answered as `simulatedAnswer` says); a completed step (and the milestones
    /// it reached) schedules the injects it sets off.
    public func perform(_ action: OperatorAction) -> Result<[Inject], SessionError> {
        let action = simulatedAnswer(to: action)
        let delivered: [Inject]
        switch deliverDue() {
        case .failure(let error): return .failure(error)
        case .success(let injects): delivered = injects
        }
        let records: [JournalRecord]
        switch run.perform(action) {
        case .failure(let error): return .failure(error)
        case .success(let written): records = written
        }
        let milestones = records.filter { $0.kind == RecordKind.milestoneReached.rawValue }.compactMap {
            $0.string("milestone")
        }
        var completed = false
        for record in records where Self.completionKinds.contains(record.kind) {
            guard let runbook = record.string("runbook"), let step = record.string("step") else { continue }
            progress.apply(
                .stepCompleted(runbook: runbook, step: step, option: record.string("option"), milestones: milestones),
                atWall: now)
            completed = true
        }
        if !completed && !milestones.isEmpty {
            // A contact step's milestone rides on the call that got through, before the step is done.
            progress.apply(.milestonesReached(milestones), atWall: now)
        }
        return .success(delivered)
    }

    /// The kinds that complete a step "in any way" (drill-scenario.md, `after_step`).
    static let completionKinds: Set<String> = [
        RecordKind.stepDone, .stepSkipped, .checkConfirmed, .checkFailed, .choiceMade, .valueEntered, .commandResult,
        .stepUnable,
    ].reduce(into: []) { $0.insert($1.rawValue) }

    // MARK: - Drill clock

    /// Stops the drill clock (`drill.paused`); the run itself stays where it is.
    public func pauseClock(reason: String) -> SessionError? {
        guard progress.isRunning else {
            return .drillRefused(ja ? "訓練の時計はすでに止まっています" : "the drill clock is already stopped")
        }
        return clockRecord("drill.paused", ja ? "訓練の時計を止めました: \(reason)" : "Drill clock paused: \(reason)", reason, .paused)
    }

    /// Starts the drill clock again (`drill.resumed`).
    public func resumeClock(reason: String) -> SessionError? {
        guard !progress.isRunning else {
            return .drillRefused(ja ? "訓練の時計は動いています" : "the drill clock is running")
        }
        return clockRecord("drill.resumed", ja ? "訓練の時計を再開しました: \(reason)" : "Drill clock resumed: \(reason)", reason, .resumed)
    }

    private func clockRecord(_ kind: String, _ message: String, _ reason: String, _ event: DrillProgress.Event) -> SessionError? {
        let written = journal(kind, message, [JSONMember(name: "reason", value: .string(reason))])
        if case .failure(let error) = written { return error }
        progress.apply(event, atWall: now)
        return nil
    }

    // MARK: - Hot wash and EndEx

    /// The next hot-wash question, once the run has ended; `nil` when all are answered.
    public var nextHotWashQuestion: String? {
        guard run.state.hasEnded, hotWashAnswers.count < scenario.hotWash.count else { return nil }
        return scenario.hotWash[hotWashAnswers.count].resolved(preferred: run.state.language, fallback: scenario.language)
    }

    /// Journals the answer to the next hot-wash question.
    public func answerHotWash(_ answer: String) -> SessionError? {
        guard nextHotWashQuestion != nil else {
            return .drillRefused(
                ja ? "振り返りの質問は、手順の終了後に順に答えます（残りはありません）"
                    : "hot-wash questions are answered in order after the run ends, and none is left")
        }
        let index = hotWashAnswers.count
        let written = journal(
            "hotwash.answered", ja ? "振り返り \(index + 1): \(answer)" : "Hot wash \(index + 1): \(answer)",
            [JSONMember(name: "question", value: .integer(Int64(index))), JSONMember(name: "answer", value: .string(answer))])
        if case .failure(let error) = written { return error }
        hotWashAnswers.append(answer)
        return nil
    }

    /// EndEx: journals `drill.ended` with each expectation met, missed or not reached
    /// (with its drill-clock time) and closes the journal.
    public func end() -> SessionError? {
        guard !hasEnded else { return nil }
        let results = progress.expectationResults.map { result -> JSONValue in
            var members = [
                JSONMember(name: "milestone", value: .string(result.expectation.milestone)),
                JSONMember(name: "result", value: .string(result.outcome.rawValue)),
                JSONMember(name: "target_seconds", value: .integer(Int64(result.expectation.targetSeconds))),
                JSONMember(name: "required", value: .bool(result.expectation.required)),
            ]
            if let second = result.reachedAtSecond {
                members.append(JSONMember(name: "drill_seconds", value: .integer(Int64(second))))
            }
            return .object(members)
        }
        let written = journal(
            "drill.ended", ja ? "訓練を終了しました" : "Drill ended",
            [
                JSONMember(name: "drill_seconds", value: .integer(Int64(progress.drillSeconds(atWall: now)))),
                JSONMember(name: "expectations", value: .array(results)),
            ])
        if case .failure(let error) = written { return error }
        hasEnded = true
        return run.closeHeldJournal()
    }

    private func journal(_ kind: String, _ message: String, _ payload: [JSONMember]) -> Result<JournalRecord, SessionError> {
        run.record(kind: kind, message: message, payload: payload)
    }
}
