import Foundation

/// Turns a scanned line (members collected) into a `JournalRecord`.
enum JournalRecordDecoder {
    /// The record on `line`, whose locations `scanned` holds.
    static func record(
        _ line: UnsafeRawBufferPointer, _ scanned: ScannedLine, lineNumber: Int
    ) throws(VerificationProblem) -> JournalRecord {
        var members: [JSONMember] = []
        members.reserveCapacity(scanned.members.count)
        for location in scanned.members {
            let name =
                location.nameHasEscapes
                ? try JSONValueParser.decodeString(line, location.name.lowerBound - 1).value
                : text(line, location.name)
            let value = try JSONValueParser.decodeValue(line, location.value.lowerBound).value
            members.append(JSONMember(name: name, value: value))
        }
        guard let jid = UUID(uuidString: text(line, scanned.journalIdentifier)) else {
            throw .invalidMember(name: "jid", expected: "a UUID")
        }
        return JournalRecord(
            lineNumber: lineNumber, seq: scanned.sequence, jid: jid,
            timestamp: text(line, scanned.timestamp), wallMicroseconds: scanned.wallMicroseconds,
            monoNanoseconds: scanned.monotonicNanoseconds,
            boot: try JSONValueParser.decodeString(line, scanned.boot.lowerBound - 1).value,
            actor: try JSONValueParser.decodeString(line, scanned.actor.lowerBound).value,
            kind: try JSONValueParser.decodeString(line, scanned.kind.lowerBound).value,
            message: try JSONValueParser.decodeString(line, scanned.message.lowerBound).value,
            members: members, recordHash: text(line, scanned.hash),
            mac: scanned.mac.map { text(line, $0) })
    }

    private static func text(_ line: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: line[range]), as: UTF8.self)
    }
}
