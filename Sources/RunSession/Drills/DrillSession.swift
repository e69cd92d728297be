import ActionJournal
import JournalVocabulary
import RunEngine
import RunbookModel

/// A drill wired to its journal (docs/drill-scenario.md "Running", "Journal of a drill"):
/// the run of the scenario's runbook, and beside it the drill clock and
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
    public internal(set) var hasEnded = false
    /// Played as a tabletop exercise (the scenario's `type`, or `--tabletop`): every
    /// step also asks for the decision, its rationale and who decided.
    public private(set) var isTabletop: Bool
    /// The steps a decision was recorded for (`decision.recorded`).
    public internal(set) var decidedSteps: Set<String> = []
    /// Whether the drill was stopped for a real incident (`drill.real-world` is on disk).
    public internal(set) var wentRealWorld = false
    /// How many improvement items the journal holds (the next is `I<count + 1>`).
    public private(set) var improvementCount = 0
    let clock: any JournalClock

    private init(
        run: JournaledRun, scenario: DrillScenario, clock: any JournalClock, tabletop: Bool
    ) {
        self.run = run
        self.progress = DrillProgress(scenario: scenario)
        self.clock = clock
        self.isTabletop = tabletop || scenario.type == .tabletop
    }

    /// Wall time of the last record taken in: where the drill clock stood still
    /// when the process stopped without a `drill.paused`.
    private var lastRecordWall: Int64?

    var ja: Bool { run.state.language == .japanese }
    var now: Int64 { clock.now().wallMicroseconds }
    public var scenario: DrillScenario { progress.scenario }

    /// Opens the drill's journal (`DRILL-…`, `drill: true`, the scenario's id, version
    /// and SHA-256), starts the run and journals `drill.started`: StartEx. With
    /// `tabletop` a scenario of another type is played as a tabletop exercise.
    public static func start(
        _ request: RunStartRequest, scenario: DrillScenario, team: String?, tabletop: Bool = false
    ) throws(SessionError) -> DrillSession {
        var request = request
        request.scenario = scenario
        let run = try JournaledRun.start(request)
        let session = DrillSession(
            run: run, scenario: scenario, clock: request.clock, tabletop: tabletop)
        let language = request.language
        let story = scenario.story.resolved(preferred: language, fallback: scenario.language)
        // `type` and `exercises` (the BCP items) go with the story, so the after-action
        // report and the register need no scenario file to say what was exercised.
        var payload = [
            JSONMember(.roles, .array(scenario.roles.map { .string($0.id) })),
            JSONMember(.story, .string(story)),
            JSONMember(.type, .string(scenario.type.rawValue)),
            JSONMember(.exercises, .array(scenario.exercises.map { .string($0) })),
            JSONMember(.tabletop, .bool(session.isTabletop)),
        ]
        if let team { payload.insert(JSONMember(.team, .string(team)), at: 0) }
        let title = scenario.title.resolved(preferred: language, fallback: scenario.language)
        _ = try session.journal(
            .drillStarted,
            language == .japanese ? "訓練を開始しました: \(title)" : "Drill started: \(title)", payload
        ).get()
        return session
    }

    /// Whether the journal at `path` is a drill's (its `journal.open` names a scenario).
    public static func isDrillJournal(_ path: String) -> Bool {
        guard let open = try? JournalReader(path: path).next() else { return false }
        return open.bool(.drill) == true && open.string(.scenario) != nil
    }

    /// Reopens a drill's journal after a crash or SIGKILL: the run resumes like any
    /// run, and the drill's progress is rebuilt from the journal alone, so nothing
    /// delivered is delivered again. The drill clock stood still from the last record
    /// to this resume (`drill.resumed`), and goes on from there.
    public static func resume(
        path: String, machine: RunStateMachine, scenarios: [DrillScenario], operatorName: String,
        clock: any JournalClock, machineFacts: any MachineFacts
    ) throws(SessionError) -> DrillSession {
        let open: JournalRecord?
        do throws(JournalError) {
            open = try JournalReader(path: path).next()
        } catch {
            throw .journalFailed(error)
        }
        guard let open, open.bool(.drill) == true, let id = open.string(.scenario) else {
            throw .drillRefused("\(path): not a drill's journal (journal.open has no scenario)")
        }
        // The very file the drill was started with when it is loaded, else the scenario of that id.
        let sha = open.string(.scenarioSHA256)
        guard
            let scenario = scenarios.first(where: { $0.id == id && $0.sourceSHA256 == sha })
                ?? scenarios.first(where: { $0.id == id })
        else {
            throw .drillRefused(
                "\(path): drill scenario '\(id)' is not loaded; pass its directory with --runbooks")
        }
        let run = try JournaledRun.resume(
            path: path, machine: machine, operatorName: operatorName, language: nil, clock: clock,
            machineFacts: machineFacts, holdsJournalAfterEnd: true)
        // Read after the resume, which has cut any torn tail and written what a crash left unwritten.
        var records: [JournalRecord] = []
        do throws(JournalError) {
            let reader = try JournalReader(path: path)
            while let record = try reader.next() { records.append(record) }
        } catch {
            run.pauseWithoutRecord()
            throw .journalFailed(error)
        }
        let tabletop = records.first { $0.recordKind == .drillStarted }?.bool(.tabletop) ?? false
        let session = DrillSession(run: run, scenario: scenario, clock: clock, tabletop: tabletop)
        for record in records { session.take(record) }
        session.hotWashAnswers = records.filter { $0.recordKind == .hotWashAnswered }.compactMap {
            $0.string(.answer)
        }
        session.decidedSteps = Set(
            records.filter { $0.recordKind == .decisionRecorded }.compactMap { $0.string(.step) })
        if session.progress.isRunning {
            _ = try session.journal(
                .drillResumed, session.ja ? "訓練を再開しました" : "Drill resumed",
                [JSONMember(.reason, .string(session.ja ? "記録から再開" : "resumed from the journal"))]
            ).get()
        }
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

    /// Fires a manual inject for the facilitator (`actor`: the facilitator's name, journaled as the record's actor).
    public func fireManually(_ id: String, actor: String? = nil) -> Result<Inject, SessionError> {
        guard progress.canFireManually(id), let inject = scenario.inject(id) else {
            return .failure(
                .drillRefused(
                    ja ? "手動で出せる注入はありません: \(id)" : "no manual inject '\(id)' left to fire"))
        }
        return deliver(inject, actor: actor).map { _ in inject }
    }

    /// Journals `inject.acknowledged` for a delivered, unacknowledged inject.
    public func acknowledge(_ id: String) -> SessionError? {
        guard progress.awaitingAcknowledgement.contains(where: { $0.id == id }) else {
            return .drillRefused(
                ja
                    ? "確認待ちの注入はありません: \(id)"
                    : "no delivered inject '\(id)' is waiting to be acknowledged")
        }
        let written = journal(
            .injectAcknowledged, ja ? "注入を確認しました: \(id)" : "Inject acknowledged: \(id)",
            [JSONMember(.inject, .string(id))])
        if case .failure(let error) = written { return error }
        return nil
    }

    /// The words of an inject as shown to the player.
    public func text(of inject: Inject) -> String {
        inject.text.resolved(preferred: run.state.language, fallback: scenario.language)
    }

    private func deliver(_ inject: Inject, actor: String? = nil) -> Result<
        JournalRecord, SessionError
    > {
        let text = text(of: inject)
        let result = journal(
            .injectDelivered, (ja ? "注入: " : "Inject: ") + text,
            [
                JSONMember(.inject, .string(inject.id)),
                JSONMember(.trigger, .string(inject.trigger.journalName)),
                JSONMember(.text, .string(text)),
                JSONMember(.drillSeconds, .integer(Int64(progress.drillSeconds(atWall: now)))),
            ], actor: actor)
        return result
    }

    // MARK: - The run

    /// What the simulated person says when a call is answered: the contact's script,
    /// shown to the player (functional and tabletop drills).
    public func script(forContact id: String) -> String? {
        scenario.simulatedContact(id)?.script?.resolved(
            preferred: run.state.language, fallback: scenario.language)
    }

    /// With no facilitator answering, Shodo answers for a simulated contact: a call
    /// made before its `reachable_after` goes unanswered. A comcheck calls real people,
    /// so what the player records stands.
    public func simulatedAnswer(to action: OperatorAction) -> OperatorAction {
        guard scenario.type.simulatesContacts,
            case .recordCall(let contactID?, .reached, let note) = action,
            let contact = scenario.simulatedContact(contactID),
            progress.drillSeconds(atWall: now) < contact.reachableAfterSeconds
        else { return action }
        return .recordCall(contactID: contactID, result: .noAnswer, note: note)
    }

    /// What `perform` did: the injects that fell due first, and the run's records of the action.
    public struct Performed {
        public var delivered: [Inject]
        public var written: [JournalRecord]
    }

    /// Delivers what is due, then carries out `action` on the run (a call to a simulated
    /// contact answered as `simulatedAnswer` says); a completed step (and the milestones
    /// it reached) schedules the injects it sets off.
    public func perform(_ action: OperatorAction) -> Result<Performed, SessionError> {
        let action = simulatedAnswer(to: action)
        let delivered: [Inject]
        switch deliverDue() {
        case .failure(let error): return .failure(error)
        case .success(let injects): delivered = injects
        }
        switch run.perform(action) {
        case .failure(let error): return .failure(error)
        case .success(let written):
            written.forEach(take)
            return .success(Performed(delivered: delivered, written: written))
        }
    }

    /// The kinds that complete a step "in any way" (docs/drill-scenario.md "Injects": `after_step`).
    static let completionKinds: Set<RecordKind> = [
        .stepDone, .stepSkipped, .checkConfirmed, .checkFailed, .choiceMade, .valueEntered,
        .commandResult, .stepUnable,
    ]

    // MARK: - Drill clock

    /// Stops the drill clock (`drill.paused`); the run itself stays where it is. `actor`: who paused it, when not the player.
    public func pauseClock(reason: String, actor: String? = nil) -> SessionError? {
        guard progress.isRunning else {
            return .drillRefused(ja ? "訓練の時計はすでに止まっています" : "the drill clock is already stopped")
        }
        return clockRecord(
            .drillPaused, ja ? "訓練の時計を止めました: \(reason)" : "Drill clock paused: \(reason)", reason,
            actor)
    }

    /// Starts the drill clock again (`drill.resumed`).
    public func resumeClock(reason: String, actor: String? = nil) -> SessionError? {
        guard !progress.isRunning else {
            return .drillRefused(ja ? "訓練の時計は動いています" : "the drill clock is running")
        }
        return clockRecord(
            .drillResumed, ja ? "訓練の時計を再開しました: \(reason)" : "Drill clock resumed: \(reason)",
            reason, actor)
    }

    private func clockRecord(
        _ kind: RecordKind, _ message: String, _ reason: String, _ actor: String?
    ) -> SessionError? {
        let written = journal(kind, message, [JSONMember(.reason, .string(reason))], actor: actor)
        if case .failure(let error) = written { return error }
        return nil
    }

    // MARK: - Hot wash and EndEx

    /// The next hot-wash question, once the run has ended; `nil` when all are answered.
    public var nextHotWashQuestion: String? {
        guard run.state.hasEnded, hotWashAnswers.count < scenario.hotWash.count else { return nil }
        return scenario.hotWash[hotWashAnswers.count].resolved(
            preferred: run.state.language, fallback: scenario.language)
    }

    /// Journals the answer to the next hot-wash question.
    public func answerHotWash(_ answer: String) -> SessionError? {
        guard let question = nextHotWashQuestion else {
            return .drillRefused(
                ja
                    ? "振り返りの質問は、手順の終了後に順に答えます（残りはありません）"
                    : "hot-wash questions are answered in order after the run ends, and none is left"
            )
        }
        let index = hotWashAnswers.count
        let written = journal(
            .hotWashAnswered,
            ja
                ? "振り返り \(index + 1)「\(question)」: \(answer)"
                : "Hot wash \(index + 1) \"\(question)\": \(answer)",
            [
                JSONMember(.question, .integer(Int64(index))), JSONMember(.text, .string(question)),
                JSONMember(.answer, .string(answer)),
            ])
        if case .failure(let error) = written { return error }
        hotWashAnswers.append(answer)
        return nil
    }

    /// EndEx: journals `drill.ended` with each expectation met, missed or not reached
    /// (with its drill-clock time) and closes the journal. `actor`: the facilitator, when they end it.
    public func end(actor: String? = nil) -> SessionError? {
        guard !hasEnded else { return nil }
        if !run.state.hasEnded {
            // EndEx before the run's end (the facilitator's `end`): the run is stopped
            // first, so the journal says how it ended and nothing offers to resume it.
            let reason = ja ? "進行役が訓練を終了" : "the facilitator ended the drill"
            switch run.perform(.abort(reason: reason)) {
            case .failure(let error): return error
            case .success(let written): written.forEach(take)
            }
        }
        let results = progress.expectationResults.map { result -> JSONValue in
            var members = [
                JSONMember(.milestone, .string(result.expectation.milestone)),
                JSONMember(.result, .string(result.outcome.rawValue)),
                JSONMember(.targetSeconds, .integer(Int64(result.expectation.targetSeconds))),
                JSONMember(.required, .bool(result.expectation.required)),
            ]
            if let second = result.reachedAtSecond {
                members.append(JSONMember(.drillSeconds, .integer(Int64(second))))
            }
            return .object(members)
        }
        let written = journal(
            .drillEnded, ja ? "訓練を終了しました" : "Drill ended",
            [
                JSONMember(.drillSeconds, .integer(Int64(progress.drillSeconds(atWall: now)))),
                JSONMember(.expectations, .array(results)),
            ], actor: actor)
        if case .failure(let error) = written { return error }
        hasEnded = true
        return run.closeHeldJournal()
    }

    /// Journals a drill record and takes it in; `actor` is the player unless the facilitator did it.
    func journal(
        _ kind: RecordKind, _ message: String, _ payload: [JSONMember], actor: String? = nil
    )
        -> Result<JournalRecord, SessionError>
    {
        let result = run.record(kind: kind, message: message, payload: payload, actor: actor)
        if case .success(let record) = result { take(record) }
        return result
    }

    /// Takes one journal record into the drill's progress at its own time: the same
    /// for a live record and one read back on resume, so the two cannot drift apart.
    func take(_ record: JournalRecord) {
        // A resume's own `run.resumed` is not where the clock stopped: the record before it is.
        guard record.recordKind != .runResumed else { return }
        let wall = record.wallMicroseconds
        defer { lastRecordWall = wall }
        switch record.recordKind {
        case .drillStarted: progress.apply(.started, atWall: wall)
        case .drillPaused: progress.apply(.paused, atWall: wall)
        case .drillResumed:
            if progress.isRunning, let last = lastRecordWall {
                // The process stopped while the clock ran: it stood still from the last record.
                progress.apply(.paused, atWall: last)
            }
            progress.apply(.resumed, atWall: wall)
        case .injectDelivered:
            if let inject = record.string(.inject) {
                progress.apply(.delivered(inject: inject), atWall: wall)
            }
        case .injectAcknowledged:
            if let inject = record.string(.inject) {
                progress.apply(.acknowledged(inject: inject), atWall: wall)
            }
        case .improvementRecorded:
            improvementCount += 1
        case .milestoneReached:
            if let milestone = record.string(.milestone) {
                progress.apply(.milestonesReached([milestone]), atWall: wall)
            }
        case .some(let kind) where Self.completionKinds.contains(kind):
            guard let runbook = record.string(.runbook), let step = record.string(.step) else {
                return
            }
            progress.apply(
                .stepCompleted(
                    runbook: runbook, step: step, option: record.string(.option), milestones: []),
                atWall: wall)
        default:
            break
        }
    }
}
