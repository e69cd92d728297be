/// The plain JSON Lines export: one object per record, the payload kept as an object.
///
/// Members: datetime, timestamp, ts (as journaled), message, payload, mac (sealed
/// journals), then journal_id, seq, record_hash, actor, kind, host, local_datetime,
/// boot_id, mono_ns, journal_verdict, journal_file.
struct JSONLinesExporter: RowExporter {
    let preamble: [UInt8] = []
    let header: String? = nil

    func verdictRow(_ source: JournalSource) -> String {
        JSONText.object(
            [("message", JSONText.string(source.verdictSentence))] + source.verdictJSONMembers)
            + "\n"
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        var members: [(String, String)] = [
            ("datetime", JSONText.string(entry.universalTime.isoText)),
            ("timestamp", String(record.wallMicroseconds)),
            ("ts", JSONText.string(record.timestamp)),
            ("message", JSONText.string(record.message)),
            ("payload", JSONText.value(.object(record.payload))),
        ]
        if let mac = record.mac { members.append(("mac", JSONText.string(mac))) }
        return JSONText.object(members + entry.commonJSONMembers) + "\n"
    }
}
