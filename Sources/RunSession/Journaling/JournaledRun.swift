import ActionJournal
import Foundation
import JournalVocabulary
import Localization
import RunEngine
import RunbookModel

/// A run whose every accepted action is on disk before anyone is told so.
///
/// Owned by one front end (headless or terminal UI). After any journal failure
/// it refuses every further action: it never claims a record it does not have.
public final class JournaledRun {
    public let machine: RunStateMachine
    public private(set) var state: RunState
    public let journalPath: String
    /// The journal's id.
    public let jid: UUID
    public var operatorName: String
    /// The verification code of the last line on disk.
    public private(set) var verificationCode: String
    /// The `h` of the last line on disk (64 lowercase hex).
    public private(set) var lastHash: String
    /// When the current wait step's countdown started (wall clock, µs since 1970).
    public private(set) var waitStartedAtMicroseconds: Int64?
    /// The kinds of the records a crash left unwritten that `resume` wrote (empty when none).
    public private(set) var completedOnResume: [String] = []
    /// What went wrong with the journal, once something has.
    public private(set) var failure: JournalError?
    /// Set when a resume found a torn final line and cut it off.
    public private(set) var recoveredTornBytes: Int64?
    /// Whether the journal is sealed (MACed with a key derived from the machine's).
    public let isSealed: Bool
    /// A drill's journal stays open when the run ends, for the hot wash and
    /// `drill.ended`; `closeHeldJournal()` closes it.
    public private(set) var holdsJournalAfterEnd = false

    private var writer: JournalWriter?
    private let clock: any JournalClock
    /// The host and local offset of what is journaled here (evidence custody, entered times).
    let machineFacts: any MachineFacts

    private init(
        machine: RunStateMachine, state: RunState, writer: JournalWriter, operatorName: String,
        clock: any JournalClock,
        machineFacts: any MachineFacts
    ) {
        self.machine = machine
        self.state = state
        self.writer = writer
        self.journalPath = writer.path
        self.jid = writer.jid
        self.operatorName = operatorName
        self.clock = clock
        self.machineFacts = machineFacts
        self.verificationCode = writer.verificationCode.description
        self.lastHash = writer.lastHash
        isSealed = writer.isSealed
    }

    // MARK: - Starting and resuming

    /// Creates the journal (refusing a directory it cannot write), journals
    /// `journal.open` and `run.started`, and stands at the first step.
    public static func start(_ request: RunStartRequest) throws(SessionError) -> JournaledRun {
        guard let runbook = request.machine.runbook(request.runbookID) else {
            throw .runbookNotFound(request.runbookID)
        }
        let jid = request.jid
        let writer: JournalWriter
        do throws(JournalError) {
            let path: String
            switch request.destination {
            case .file(let file):
                path = file
                let parent = (file as NSString).deletingLastPathComponent
                _ = try JournalDirectory.prepare(path: parent.isEmpty ? "." : parent)
            case .directory(let directory):
                path = try JournalDirectory.prepare(path: directory).journalPath(
                    startedAtMicroseconds: request.clock.now().wallMicroseconds, label: runbook.id,
                    jid: jid,
                    isDrill: request.isDrill)
            }
            let sealing = try startSealing(jid: jid, path: path, store: request.sealKeyStore)
            writer = try JournalWriter.create(
                path: path, jid: jid, actor: request.operatorName,
                message: openMessage(language: request.language),
                openPayload: openPayload(
                    isDrill: request.isDrill, facts: request.machineFacts, clock: request.clock)
                    + scenarioMembers(request.scenario) + (request.drillOrigin?.openMembers ?? [])
                    + (sealing?.openMembers ?? []), clock: request.clock,
                sealing: sealing?.sealer, outputs: request.outputFactory)
        } catch {
            throw .journalFailed(error)
        }
        let run = JournaledRun(
            machine: request.machine,
            state: RunState(rootRunbookID: request.runbookID, language: request.language),
            writer: writer, operatorName: request.operatorName, clock: request.clock,
            machineFacts: request.machineFacts)
        run.holdsJournalAfterEnd = request.scenario != nil
        if case .failure(let error) = run.perform(OperatorAction.start) {
            run.releaseJournal()
            throw error
        }
        return run
    }

    /// Reopens an unfinished run's journal (recovering a torn tail), replays it,
    /// writes what a crash left unwritten, journals `run.resumed`, and stands
    /// where the run stopped.
    public static func resume(
        path: String, machine: RunStateMachine, operatorName: String, language: Language?,
        clock: any JournalClock, machineFacts: any MachineFacts,
        outputFactory: JournalOutputFactory = .durable,
        holdsJournalAfterEnd: Bool = false
    ) throws(SessionError) -> JournaledRun {
        let opened: (writer: JournalWriter, records: [JournalRecord], recovery: TornTailRecovery?)
        do {
            opened = try JournalWriter.openExisting(
                path: path, actor: operatorName, clock: clock,
                sealing: try resumeSealing(path: path), outputs: outputFactory)
        } catch {
            throw sealedJournalProblem(path: path, error)
        }
        let writer = opened.writer
        guard let started = opened.records.first(where: { $0.recordKind == .runStarted }),
            let runbookID = started.string(.runbook)
        else {
            writer.close()
            throw .notARun(path: path)
        }
        let runLanguage =
            language ?? started.string(.lang).map(Language.init(readingCode:)) ?? .japanese
        let replay = RunReplay(machine: machine).replay(
            opened.records.map(RecordTranslation.recordedAction),
            from: RunState(rootRunbookID: RunbookID(runbookID), language: runLanguage))
        let outcome: RunReplay.Outcome
        switch replay {
        case .failure(let problem):
            writer.close()
            throw .replayFailed(path: path, problem)
        case .success(let replayed):
            outcome = replayed
        }
        let run = JournaledRun(
            machine: machine, state: outcome.state, writer: writer, operatorName: operatorName,
            clock: clock,
            machineFacts: machineFacts)
        run.recoveredTornBytes = opened.recovery?.discardedBytes
        run.waitStartedAtMicroseconds =
            opened.records.last { $0.recordKind == .waitStarted }?.wallMicroseconds
        let hasClose = opened.records.contains { $0.recordKind == .journalClose }
        // A drill's journal stays open after its run for the hot wash: its close is not owed yet.
        let owed = owedRecordKinds(
            missing: outcome.missingRecords, ended: outcome.state.hasEnded && !holdsJournalAfterEnd,
            hasClose: hasClose,
            isSealed: writer.isSealed)
        // A drill's run that ended before its hot wash did still has its journal to finish.
        let drillStillOpen = holdsJournalAfterEnd && !hasClose
        if case .ended(let ended) = outcome.state.status, owed.isEmpty, !drillStillOpen {
            run.releaseJournal()
            throw .runAlreadyEnded(path: path, outcome: ended.rawValue)
        }
        do throws(JournalError) {
            if !owed.isEmpty {
                // The operator whose action implied the records is credited with them; the
                // note says who wrote them, when, and why they come late.
                let actor =
                    opened.records.last { !machineryKinds.contains($0.kind) }?.actor ?? operatorName
                run.completedOnResume = owed
                try run.append(
                    completionNote(
                        owed: owed, actor: actor, by: operatorName, language: runLanguage))
                for record in outcome.missingRecords {
                    try run.append(
                        try RecordTranslation.draft(
                            record, actor: actor, wallMicroseconds: clock.now().wallMicroseconds,
                            machineFacts: machineFacts))
                }
            }
        } catch {
            run.releaseJournal()
            throw .journalFailed(error)
        }
        run.holdsJournalAfterEnd = holdsJournalAfterEnd
        if run.state.hasEnded && drillStillOpen {
            // A drill whose run ended before its hot wash did: the journal stays open for it.
            return run
        }
        if run.state.hasEnded {
            // Finished honestly: what the end still owed is written, the code is the last line's.
            if hasClose { try run.sealFinalEpoch() } else { try run.closeJournal() }
            run.releaseJournal()
            return run
        }
        if case .failure(let error) = run.perform(OperatorAction.resume) { throw error }
        return run
    }

    /// Kinds the journal writes itself, not on an operator's action.
    private static let machineryKinds: Set<String> = [
        RecordKind.journalRecovered.rawValue, RecordKind.clockStepped.rawValue,
        RecordKind.seal.rawValue, RecordKind.journalOpen.rawValue,
    ]

    /// The records a crash left unwritten and that resume writes now: those the last
    /// action implied, and, for a run that ended, `journal.close` and the final `seal`
    /// (a sealed journal still has its key file only while that seal is owed).
    private static func owedRecordKinds(
        missing: [EngineRecord], ended: Bool, hasClose: Bool, isSealed: Bool
    ) -> [String] {
        var kinds = missing.map(\.kind.rawValue)
        if ended, !hasClose { kinds.append(RecordKind.journalClose.rawValue) }
        if ended, isSealed { kinds.append(RecordKind.seal.rawValue) }
        return kinds
    }

    /// `journal.recovered` saying which records come late, and why.
    private static func completionNote(
        owed: [String], actor: String, by resumer: String, language: Language
    )
        throws(JournalError) -> RecordDraft
    {
        let list = owed.joined(separator: ", ")
        return try RecordDraft(
            kind: .journalRecovered, actor: resumer,
            message: language == .japanese
                ? "再開時に補完: 中断で書かれなかった記録（\(list)）を今書きます。操作したのは \(actor) です"
                : "completed on resume: the records a crash left unwritten (\(list)) are written now; the action was \(actor)'s",
            payload: [
                JSONMember(.completedOnResume, .array(owed.map { .string($0) })),
                JSONMember(.actionBy, .string(actor)),
            ])
    }

    // MARK: - Acting

    /// Applies `action`: refused actions journal nothing; accepted ones return
    /// only after all their records are durable. Ends and closes the journal
    /// when the run ends.
    @discardableResult
    public func perform(_ action: OperatorAction) -> Result<[JournalRecord], SessionError> {
        if let failure { return .failure(.sessionFailed(failure.description)) }
        guard writer != nil else { return .failure(.refused(.runEnded)) }
        let transition: RunTransition
        switch machine.apply(action, to: state) {
        case .failure(let refusal): return .failure(.refused(refusal))
        case .success(let accepted): transition = accepted
        }
        var written: [JournalRecord] = []
        do throws(JournalError) {
            for record in transition.records {
                let line = try append(
                    try RecordTranslation.draft(
                        record, actor: operatorName, wallMicroseconds: clock.now().wallMicroseconds,
                        machineFacts: machineFacts))
                written.append(line)
                if record.kind == .waitStarted { waitStartedAtMicroseconds = line.wallMicroseconds }
            }
        } catch {
            return .failure(.journalFailed(error))
        }
        // The state moves only once every record of the action is on disk.
        state = transition.state
        if state.hasEnded && holdsJournalAfterEnd {
            return .success(written)
        } else if state.hasEnded {
            do throws(SessionError) { try closeJournal() } catch { return .failure(error) }
            releaseJournal()
        } else if state.status == .paused {
            // A sealed journal closes its epoch before the machine is left alone: the key
            // kept on disk for the resume then opens no record already written.
            do throws(SessionError) { try sealOpenEpoch() } catch {
                releaseJournal()
                return .failure(error)
            }
            releaseJournal()
        }
        return .success(written)
    }

    /// Closes the sealed journal's open epoch when it is full or 15 minutes old; for the
    /// front end to call on an idle tick, so that a quiet night still seals. Does
    /// nothing for an unsealed, finished or failed journal. A seal that cannot be
    /// written fails the run like any other record.
    @discardableResult
    public func sealIfDue() -> SessionError? {
        guard let writer, failure == nil else { return nil }
        do {
            try writer.sealIfDue(actor: operatorName)
            verificationCode = writer.verificationCode.description
            lastHash = writer.lastHash
            return nil
        } catch {
            failure = error
            return .journalFailed(error)
        }
    }

    /// The current step as the operator should see it.
    public var presentation: StepPresentation? { machine.presentation(of: state) }

    /// Whether the current wait step's time is up (false when not waiting).
    public var waitIsOver: Bool {
        guard let (seconds, elapsed) = waitProgress else { return false }
        let (length, overflow) = Int64(seconds).multipliedReportingOverflow(by: 1_000_000)
        return !overflow && elapsed >= length
    }

    /// Seconds left on the current wait step's countdown, if waiting.
    public var waitSecondsLeft: Int? {
        guard let (seconds, elapsed) = waitProgress else { return nil }
        let (left, overflow) = seconds.subtractingReportingOverflow(
            Int(max(0, elapsed / 1_000_000)))
        return overflow ? 0 : max(0, left)
    }

    /// The current wait's length in seconds and the microseconds since it
    /// started. The difference saturates instead of trapping: the start comes
    /// from the journal and the length from the runbook or its cache, and
    /// neither may crash a run however large it is.
    private var waitProgress: (seconds: Int, elapsed: Int64)? {
        guard let seconds = presentation?.waitSeconds, let started = waitStartedAtMicroseconds
        else { return nil }
        let (elapsed, overflow) = clock.now().wallMicroseconds.subtractingReportingOverflow(started)
        guard overflow else { return (seconds, elapsed) }
        return (seconds, started < 0 ? Int64.max : Int64.min)
    }

    /// Journals `run.paused` (when the run is still open and the journal
    /// writable) and releases the lock. Safe to call on every exit path.
    public func pauseIfOpen() {
        if writer != nil, failure == nil, state.status == .running {
            perform(.pause)
        }
        releaseJournal()
    }

    /// Releases the journal without writing anything (after a refused headless
    /// action, which must journal nothing); the run stays resumable.
    public func pauseWithoutRecord() {
        releaseJournal()
    }

    // MARK: - Records beside the run (drills)

    /// Journals one record the engine does not make (a drill's `inject.delivered`,
    /// `hotwash.answered`, ...); it is on disk when this returns `.success`. `actor` is the
    /// operator unless another person did it (a drill's facilitator).
    @discardableResult
    public func record(
        kind: RecordKind, message: String, payload: [JSONMember], actor: String? = nil
    )
        -> Result<JournalRecord, SessionError>
    {
        if let failure { return .failure(.sessionFailed(failure.description)) }
        do throws(JournalError) {
            let draft = try RecordDraft(
                kind: kind, actor: actor ?? operatorName, message: message, payload: payload)
            return .success(try append(draft))
        } catch {
            return .failure(.journalFailed(error))
        }
    }

    /// Closes a journal held open after the run ended (`holdsJournalAfterEnd`).
    public func closeHeldJournal() -> SessionError? {
        guard writer != nil else { return nil }
        do throws(SessionError) { try closeJournal() } catch { return error }
        releaseJournal()
        return nil
    }

    // MARK: - Journal plumbing

    @discardableResult
    private func append(_ draft: RecordDraft) throws(JournalError) -> JournalRecord {
        guard let writer else { throw .writerClosed(path: journalPath) }
        do {
            let record = try writer.append(draft)
            verificationCode = record.verificationCode.description
            lastHash = writer.lastHash
            return record
        } catch {
            failure = error
            throw error
        }
    }

    private func closeJournal() throws(SessionError) {
        do throws(JournalError) {
            let draft = try RecordDraft(
                kind: .journalClose, actor: operatorName,
                message: state.language == .japanese ? "記録を閉じました" : "Journal closed")
            try append(draft)
        } catch {
            throw .journalFailed(error)
        }
        try sealFinalEpoch()
    }

    /// Runs a sealing step on the open journal and keeps the code of the last line on
    /// disk (a seal it wrote); a failure fails the run like any record.
    func sealWith(_ step: (JournalWriter) throws(JournalError) -> Void) throws(SessionError) {
        guard let writer else { return }
        do {
            try step(writer)
            verificationCode = writer.verificationCode.description
            lastHash = writer.lastHash
        } catch {
            failure = error
            throw .journalFailed(error)
        }
    }

    private func releaseJournal() {
        writer?.close()
        writer = nil
    }

    private static func openMessage(language: Language) -> String {
        language == .japanese ? "記録を開始しました" : "Journal opened"
    }

    /// `scenario`, `scenario_version`, `scenario_sha256` of a drill's `journal.open`.
    private static func scenarioMembers(_ scenario: DrillScenario?) -> [JSONMember] {
        guard let scenario else { return [] }
        return [
            JSONMember(.scenario, .string(scenario.id)),
            JSONMember(.scenarioVersion, .integer(Int64(scenario.version))),
            JSONMember(.scenarioSHA256, .string(scenario.sourceSHA256)),
        ]
    }

    /// `program`, `host`, `tz` (the offset now, by `clock`) and `clock_sync` of `journal.open`.
    private static func openPayload(isDrill: Bool, facts: any MachineFacts, clock: any JournalClock)
        -> [JSONMember]
    {
        [
            JSONMember(
                .program,
                .object([
                    JSONMember(.programName, .string(ProgramIdentity.name)),
                    JSONMember(.programVersion, .string(ProgramIdentity.version)),
                ])),
            JSONMember(.host, .string(facts.hostName())),
            JSONMember(
                .tz,
                .string(facts.utcOffset(atWallSeconds: clock.now().wallMicroseconds / 1_000_000))),
            JSONMember(.clockSync, .bool(facts.clockIsSynchronised())),
            JSONMember(.drill, .bool(isDrill)),
        ]
    }
}
