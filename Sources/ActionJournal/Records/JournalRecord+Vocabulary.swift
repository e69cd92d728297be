import JournalVocabulary

/// Records read and written in the journal's vocabulary: typed kinds and member names.
extension JournalRecord {
    /// The record's kind, when it is one this program knows (a newer program's kind is nil).
    public var recordKind: RecordKind? { RecordKind(rawValue: kind) }

    /// The value of payload member `member`, if present.
    public func value(_ member: RecordMember) -> JSONValue? { value(member.rawValue) }

    /// `member` as a string, if it is one.
    public func string(_ member: RecordMember) -> String? { string(member.rawValue) }

    /// `member` as an integer, if it is one.
    public func integer(_ member: RecordMember) -> Int64? { integer(member.rawValue) }

    /// `member` as a boolean, if it is one.
    public func bool(_ member: RecordMember) -> Bool? { bool(member.rawValue) }
}

extension JSONMember {
    /// The payload member `member` holding `value`.
    public init(_ member: RecordMember, _ value: JSONValue) {
        self.init(name: member.rawValue, value: value)
    }
}

extension RecordDraft {
    /// A draft of kind `kind`; `recordTimeMember` is written last with the record's own `ts`.
    public init(
        kind: RecordKind, actor: String, message: String, payload: [JSONMember] = [],
        recordTimeMember: RecordMember? = nil
    ) throws(JournalError) {
        try self.init(
            kind: kind.rawValue, actor: actor, message: message, payload: payload,
            recordTimeMember: recordTimeMember?.rawValue)
    }
}
