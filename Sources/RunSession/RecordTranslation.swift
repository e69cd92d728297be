import ActionJournal
import RunEngine

/// Turns engine records into journal drafts and journal records back into
/// what replay reads: the only place the two vocabularies meet.
enum RecordTranslation {
    static func draft(_ record: EngineRecord, actor: String) throws(JournalError) -> RecordDraft {
        try RecordDraft(kind: record.kind.rawValue, actor: actor, message: record.message,
            payload: record.payload.map { JSONMember(name: $0.name, value: jsonValue($0.value)) })
    }

    static func jsonValue(_ value: RecordValue) -> JSONValue {
        switch value {
        case .string(let text): .string(text)
        case .integer(let number): .integer(Int64(number))
        case .bool(let flag): .bool(flag)
        }
    }

    static func recordedAction(_ record: JournalRecord) -> RecordedAction {
        var payload: [String: RecordValue] = [:]
        for member in record.members {
            switch member.value {
            case .string(let text): payload[member.name] = .string(text)
            case .integer(let number): payload[member.name] = .integer(Int(number))
            case .bool(let flag): payload[member.name] = .bool(flag)
            default: break
            }
        }
        return RecordedAction(kind: record.kind, payload: payload)
    }
}
