/// A record a caller asks the writer to append: kind, actor, message and payload.
///
/// The writer adds everything else (`v`, `jid`, `seq`, times, `prev`, `h`). Building a
/// draft checks the payload, so an invalid one never reaches the writer.
public struct RecordDraft: Sendable, Hashable {
    /// The record's kind, e.g. `step.done`.
    public let kind: String
    /// The operator's name as entered.
    public let actor: String
    /// One human-readable line, as the screen showed it.
    public let message: String
    /// The kind's members, written in this order after `msg`.
    public let payload: [JSONMember]
    /// A member written after the payload whose value is the record's own `ts`, for a
    /// payload time that must equal the moment of writing (a milestone's `at`).
    public let recordTimeMember: String?

    /// A draft. Throws `JournalError.reservedMemberName` when a payload member is named
    /// v, jid, seq, ts, mono_ns, boot, actor, kind, msg, prev, h or mac;
    /// `.duplicateMemberName` when a name repeats; `.invalidMemberValue` for NaN or infinity.
    public init(
        kind: String, actor: String, message: String, payload: [JSONMember] = [],
        recordTimeMember: String? = nil
    ) throws(JournalError) {
        var names = Set<String>()
        if let recordTimeMember {
            guard !ReservedMember.names.contains(recordTimeMember) else {
                throw .reservedMemberName(recordTimeMember)
            }
            names.insert(recordTimeMember)
        }
        for member in payload {
            guard !ReservedMember.names.contains(member.name) else {
                throw .reservedMemberName(member.name)
            }
            guard names.insert(member.name).inserted else {
                throw .duplicateMemberName(member.name)
            }
            guard Self.isFinite(member.value) else {
                throw .invalidMemberValue(
                    name: member.name, reason: "a number is not finite (NaN or infinity)")
            }
        }
        self.kind = kind
        self.actor = actor
        self.message = message
        self.payload = payload
        self.recordTimeMember = recordTimeMember
    }

    private static func isFinite(_ value: JSONValue) -> Bool {
        switch value {
        case .double(let number): return number.isFinite
        case .array(let elements): return elements.allSatisfy(isFinite)
        case .object(let members): return members.allSatisfy { isFinite($0.value) }
        case .string, .integer, .bool, .null: return true
        }
    }
}
