/// A record the engine asks to be journaled: kind, one readable line, payload.
///
/// The engine knows nothing of the journal's framing; RunSession turns these
/// into journal lines, adding time, sequence and hashes.
public struct EngineRecord: Sendable, Hashable {
    public var kind: RecordKind
    /// One human-readable line in the run's language (the journal's `msg`).
    public var message: String
    /// Members in the order they are written.
    public var payload: [RecordField]
    /// For `milestone.reached`: where its `at` member comes from. The engine knows no
    /// clock, so the session writes it: the record's own time, or the value entered.
    public var milestoneTime: MilestoneTime?
    /// For `value.entered` of a `datetime` input: the text typed. The engine knows no
    /// clock, so the session writes the full instant with its offset beside it (`instant`).
    public var enteredDatetime: String?

    public init(
        kind: RecordKind, message: String, payload: [RecordField], milestoneTime: MilestoneTime? = nil,
        enteredDatetime: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.payload = payload
        self.milestoneTime = milestoneTime
        self.enteredDatetime = enteredDatetime
    }

    /// The payload value named `name`, if present.
    public func value(_ name: String) -> RecordValue? {
        payload.first { $0.name == name }?.value
    }
}

/// When a milestone was reached (runbook-format.md, "Milestones").
public enum MilestoneTime: Sendable, Hashable {
    /// The moment the record is written: its `at` equals its `ts`.
    case recordTime
    /// The time a `datetime` input step was given, as typed.
    case entered(String)
}

/// One payload member of a record.
public struct RecordField: Sendable, Hashable {
    public var name: String
    public var value: RecordValue

    public init(_ name: String, _ value: RecordValue) {
        self.name = name
        self.value = value
    }
}

/// A payload value: the few JSON shapes the engine writes.
public enum RecordValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case bool(Bool)

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var integerValue: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }
}

/// The record kinds of journal-format.md that a run writes or reads back.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case journalOpen = "journal.open"
    case runStarted = "run.started"
    case stepDone = "step.done"
    case stepSkipped = "step.skipped"
    case checkConfirmed = "check.confirmed"
    case checkFailed = "check.failed"
    case choiceMade = "choice.made"
    case valueEntered = "value.entered"
    case contactAttempted = "contact.attempted"
    case waitStarted = "wait.started"
    case waitEnded = "wait.ended"
    case commandResult = "command.result"
    case evidenceSaved = "evidence.saved"
    case noteAdded = "note.added"
    case stepBack = "step.back"
    case runPaused = "run.paused"
    case runResumed = "run.resumed"
    case runEnded = "run.ended"
    case injectDelivered = "inject.delivered"
    case journalRecovered = "journal.recovered"
    case clockStepped = "clock.stepped"
    case seal = "seal"
    case journalClose = "journal.close"
    case reviewSigned = "review.signed"
    case milestoneReached = "milestone.reached"
    case stepUnable = "step.unable"
    /// A drill facilitator's observation (drill-scenario.md): `text`, `milestone?`, `step?`, `rating?`.
    case observationRecorded = "observation.recorded"
    /// A drill's improvement item (drill-scenario.md): `item`, `finding`, `action`, `owner`, `due`, `category`.
    case improvementRecorded = "improvement.recorded"
    /// EndEx of a drill: nothing more happens in its journal but `journal.close`.
    case drillEnded = "drill.ended"
    /// A drill stopped for a real incident: `real_jid` names the real journal opened next.
    case drillRealWorld = "drill.real-world"
}
