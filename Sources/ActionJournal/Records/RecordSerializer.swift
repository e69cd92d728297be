import Notation

/// Writes a record's prefix: the one place where record bytes are produced.
enum RecordSerializer {
    /// The fields the writer adds to a caller's draft.
    struct Header {
        var journalIdentifier: String
        var sequence: Int
        var timestamp: String
        var instant: JournalInstant
        var previousHash: [UInt8]
    }

    /// `{"v":1,"jid":…,"seq":…,"ts":…,"mono_ns":…,"boot":…,"actor":…,"kind":…,"msg":…,<payload>,"prev":"…"`.
    static func prefix(_ header: Header, _ draft: RecordDraft) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(320 + draft.message.utf8.count)
        bytes.append(contentsOf: "{\"v\":1,\"jid\":\"".utf8)
        bytes.append(contentsOf: header.journalIdentifier.utf8)
        bytes.append(contentsOf: "\",\"seq\":".utf8)
        bytes.append(contentsOf: String(header.sequence).utf8)
        bytes.append(contentsOf: ",\"ts\":\"".utf8)
        bytes.append(contentsOf: header.timestamp.utf8)
        bytes.append(contentsOf: "\",\"mono_ns\":".utf8)
        bytes.append(contentsOf: String(header.instant.monotonicNanoseconds).utf8)
        bytes.append(contentsOf: ",\"boot\":".utf8)
        JSONString.append(header.instant.bootID, to: &bytes)
        bytes.append(contentsOf: ",\"actor\":".utf8)
        JSONString.append(draft.actor, to: &bytes)
        bytes.append(contentsOf: ",\"kind\":".utf8)
        JSONString.append(draft.kind, to: &bytes)
        bytes.append(contentsOf: ",\"msg\":".utf8)
        JSONString.append(draft.message, to: &bytes)
        for member in draft.payload + recordTimeMembers(header, draft) {
            bytes.append(UInt8(ascii: ","))
            JSONTextEncoder.appendMember(member, to: &bytes)
        }
        bytes.append(contentsOf: ",\"prev\":\"".utf8)
        HexDigits.append(header.previousHash, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return bytes
    }

    /// The members of the prefix in the order `prefix` writes them, for the returned record.
    static func members(_ header: Header, _ draft: RecordDraft) -> [JSONMember] {
        [
            JSONMember(name: "v", value: .integer(1)),
            JSONMember(name: "jid", value: .string(header.journalIdentifier)),
            JSONMember(name: "seq", value: .integer(Int64(header.sequence))),
            JSONMember(name: "ts", value: .string(header.timestamp)),
            JSONMember(
                name: "mono_ns",
                value: .integer(Int64(clamping: header.instant.monotonicNanoseconds))),
            JSONMember(name: "boot", value: .string(header.instant.bootID)),
            JSONMember(name: "actor", value: .string(draft.actor)),
            JSONMember(name: "kind", value: .string(draft.kind)),
            JSONMember(name: "msg", value: .string(draft.message)),
        ] + draft.payload + recordTimeMembers(header, draft)
            + [JSONMember(name: "prev", value: .string(HexDigits.string(header.previousHash)))]
    }

    /// The draft's `recordTimeMember`, holding the record's timestamp, if it asks for one.
    private static func recordTimeMembers(_ header: Header, _ draft: RecordDraft) -> [JSONMember] {
        draft.recordTimeMember.map { [JSONMember(name: $0, value: .string(header.timestamp))] }
            ?? []
    }
}
