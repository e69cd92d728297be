import ActionJournal
import JournalVocabulary

/// Timesketch JSON Lines (`*.jsonl`): message, datetime, timestamp, timestamp_desc, then
/// data_type, seq, journal_id, record_hash, actor, kind, host, boot_id, mono_ns,
/// local_datetime, journal_verdict, journal_file, and the payload members as their own
/// fields (prefixed `payload_` where a name is already taken); `tag`, the reviewer's tags
/// on the record (`review.annotated`), when it has any.
struct TimesketchJSONLinesExporter: RowExporter {
    private static let fixedNames: Set<String> = [
        "message", "datetime", "timestamp", "timestamp_desc", "data_type", "seq", "journal_id",
        "record_hash",
        "actor", "kind", "host", "boot_id", "mono_ns", "local_datetime", "journal_verdict",
        "journal_file", "tag",
    ]

    /// The reviewer's tags, by record.
    let tags: ReviewTags
    let preamble: [UInt8] = []
    let header: String? = nil

    func verdictRow(_ source: JournalSource) -> String {
        let members: [(String, String)] = [
            ("message", JSONText.string(TimesketchFields.verdictMessage(source))),
            ("timestamp_desc", JSONText.string(TimestampDescription.verdict)),
            ("data_type", JSONText.string(TimesketchFields.dataType(ExportRowKind.verdict))),
        ]
        return JSONText.object(members + source.verdictJSONMembers) + "\n"
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        var members: [(String, String)] = [
            ("message", JSONText.string(TimesketchFields.message(entry))),
            ("datetime", JSONText.string(entry.universalTime.isoText)),
            ("timestamp", String(record.wallMicroseconds)),
            ("timestamp_desc", JSONText.string(TimestampDescription.of(record.kind))),
            ("data_type", JSONText.string(TimesketchFields.dataType(record.kind))),
        ]
        members += entry.commonJSONMembers
        let tags = tags.tags(of: entry)
        if !tags.isEmpty {
            members.append(("tag", JSONText.value(.array(tags.map(JSONValue.string)))))
        }
        for member in record.payload {
            let name =
                Self.fixedNames.contains(member.name) ? "payload_" + member.name : member.name
            members.append((name, JSONText.value(member.value)))
        }
        return JSONText.object(members) + "\n"
    }
}
