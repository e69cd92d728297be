import JournalVocabulary
import Notation

/// plaso's l2tcsv: exactly 17 fields, second resolution in UTC, the µs timestamp in `extra`.
///
/// type ← timestamp_desc; user ← actor; host ← `host` of journal.open; short ← `kind: msg`
/// cut to 80 characters; desc ← `[kind] actor: msg`; version 2; filename ← the journal;
/// format `shodo-journal-v1`; extra ← `seq: …; journal_id: …; record_hash: …; ts_us: …`
/// (plus runbook and step when present, and the verdict).
struct L2TCSVExporter: CSVRowExporter {
    static let columns = [
        "date", "time", "timezone", "MACB", "source", "sourcetype", "type", "user", "host", "short",
        "desc", "version",
        "filename", "inode", "notes", "format", "extra",
    ]
    static let shortLimit = 80

    let csv: CSVText
    let preamble: [UInt8]
    /// Whether `notes` says `drill: true|false` (some journal exported is a drill's).
    var marksDrills = false

    private func notes(_ source: JournalSource) -> String {
        marksDrills ? "drill: \(DrillMarking.value(source))" : "-"
    }

    func verdictRow(_ source: JournalSource) -> String {
        let time = CivilTime(microseconds: source.verdictMicroseconds, offset: .utc)
        let extra = Self.extra([
            ("journal_id", source.journalIdentifier), ("ts_us", String(source.verdictMicroseconds)),
            ("journal_verdict", source.verdictWord),
        ])
        return csv.row([
            time.monthFirstDateText, time.timeText, "UTC", "....", "LOG", "Shodo action journal",
            TimestampDescription.verdict, "-", source.host ?? "-",
            Self.short(ExportRowKind.verdict + ": " + source.verdictWord),
            TimesketchFields.verdictMessage(source), "2", source.path, "-", notes(source),
            "shodo-journal-v1", extra,
        ])
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        let time = entry.universalTime
        var members = [
            ("seq", String(record.seq)), ("journal_id", entry.journalIdentifier),
            ("record_hash", record.recordHash),
            ("ts_us", String(record.wallMicroseconds)),
        ]
        if let runbook = entry.text(.runbook) {
            members.append((RecordMember.runbook.rawValue, runbook))
        }
        if let step = entry.text(.step) { members.append((RecordMember.step.rawValue, step)) }
        members.append(("journal_verdict", entry.rowVerdict))
        let extra = Self.extra(members)
        return csv.row([
            time.monthFirstDateText, time.timeText, "UTC", "....", "LOG", "Shodo action journal",
            TimestampDescription.of(record.kind), record.actor, entry.source.host ?? "-",
            Self.short(record.kind + ": " + record.message), TimesketchFields.message(entry), "2",
            entry.source.path,
            "-", notes(entry.source), "shodo-journal-v1", extra,
        ])
    }

    /// `name: value` pairs joined with `; `, as plaso writes its `extra` field.
    static func extra(_ members: [(String, String)]) -> String {
        members.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
    }

    /// At most 80 characters, line breaks flattened (plaso's `short` is one line).
    static func short(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : $0 }
        guard flat.count > shortLimit else { return String(flat) }
        return String(flat.prefix(shortLimit - 1)) + "…"
    }
}
