import ActionJournal
import JournalVocabulary
import RunEngine

/// Turns engine records into journal drafts and journal records back into
/// what replay reads: the only place the two vocabularies meet.
enum RecordTranslation {
    /// The draft of `record`; `wallMicroseconds` is now, for a milestone whose time was
    /// entered as a time of day, completed with the local offset the machine gives.
    static func draft(
        _ record: EngineRecord, actor: String, wallMicroseconds: Int64,
        machineFacts: any MachineFacts
    )
        throws(JournalError) -> RecordDraft
    {
        var payload = record.payload.map { JSONMember(name: $0.name, value: jsonValue($0.value)) }
        var recordTimeMember: String?
        switch record.milestoneTime {
        case nil:
            break
        case .recordTime:
            recordTimeMember = milestoneTimeMember
        case .entered(let text):
            if let instant = instant(
                entered: text, wallMicroseconds: wallMicroseconds, machineFacts: machineFacts)
            {
                payload.append(JSONMember(name: milestoneTimeMember, value: .string(instant)))
            } else {
                recordTimeMember = milestoneTimeMember
            }
        }
        if let typed = record.enteredDatetime,
            let instant = instant(
                entered: typed, wallMicroseconds: wallMicroseconds, machineFacts: machineFacts)
        {
            payload.append(JSONMember(name: enteredInstantMember, value: .string(instant)))
        }
        return try RecordDraft(
            kind: record.kind.rawValue, actor: actor, message: record.message, payload: payload,
            recordTimeMember: recordTimeMember)
    }

    /// The member of `milestone.reached` that holds the milestone's time.
    static let milestoneTimeMember = RecordMember.at.rawValue

    /// The member of a `datetime` input's `value.entered` that holds the full instant,
    /// with its offset, beside `value` as typed.
    static let enteredInstantMember = RecordMember.instant.rawValue

    /// What `text`, typed at `wallMicroseconds`, names, in RFC 3339 with the local offset.
    private static func instant(
        entered text: String, wallMicroseconds: Int64, machineFacts: any MachineFacts
    ) -> String? {
        let offset = machineFacts.utcOffset(atWallSeconds: wallMicroseconds / 1_000_000)
        return EnteredInstant.text(text, nowMicroseconds: wallMicroseconds, offset: offset)
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
