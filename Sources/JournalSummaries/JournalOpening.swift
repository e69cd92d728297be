import ActionJournal
import JournalVocabulary

/// What `journal.open` records about the journal: the terminal, its clock and offset,
/// the program, and whether it is a drill's.
public struct JournalOpening: Sendable, Hashable {
    /// `host`.
    public let host: String?
    /// `tz` as written (`+09:00`): the operator's offset.
    public let timeZone: String?
    /// `program` as text (`name version`).
    public let program: String?
    /// `drill`.
    public let isDrill: Bool?
    /// `clock_sync`.
    public let clockSynchronised: Bool?

    /// The facts of `record`; nil unless it is a `journal.open`.
    public init?(_ record: JournalRecord) {
        guard record.recordKind == .journalOpen else { return nil }
        host = record.string(.host)
        timeZone = record.string(.tz)
        program = Self.programText(record.value(.program))
        isDrill = record.bool(.drill)
        clockSynchronised = record.bool(.clockSync)
    }

    private static func programText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text):
            return text
        case .object(let members):
            return members.compactMap { $0.value.stringValue }.joined(separator: " ")
        default:
            return nil
        }
    }
}
