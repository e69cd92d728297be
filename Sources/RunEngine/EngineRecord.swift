import JournalVocabulary

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
        kind: RecordKind, message: String, payload: [RecordField],
        milestoneTime: MilestoneTime? = nil,
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

    /// The payload value of `member`, if present.
    public func value(_ member: RecordMember) -> RecordValue? { value(member.rawValue) }
}

/// When a milestone was reached (docs/runbook-format.md "Marking where a milestone is reached").
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

    /// The member `member` holding `value`.
    public init(_ member: RecordMember, _ value: RecordValue) {
        self.init(member.rawValue, value)
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
