import JournalVocabulary
import Notation

/// The plain CSV export: one row per record, every value as journaled.
///
/// Columns: datetime (UTC, `+00:00`), timestamp (µs), local_datetime (the operator's
/// offset from `tz`), journal_id, seq, host, actor, kind, runbook, step, message,
/// payload (the payload members as one JSON object), record_hash, journal_verdict.
struct CSVExporter: CSVRowExporter {
    static let columns = [
        "datetime", "timestamp", "local_datetime", "journal_id", "seq", "host", "actor", "kind",
        "runbook", "step",
        "message", "payload", "record_hash", "journal_verdict",
    ]

    let csv: CSVText
    let preamble: [UInt8]

    func verdictRow(_ source: JournalSource) -> String {
        let time = source.verdictMicroseconds
        return csv.row([
            CivilTime(microseconds: time, offset: .utc).isoText, String(time),
            CivilTime(microseconds: time, offset: source.utcOffset).isoText,
            source.journalIdentifier, "",
            source.host ?? "", "", ExportRowKind.verdict, "", "", source.verdictSentence, "{}", "",
            source.verdictWord,
        ])
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        return csv.row([
            entry.universalTime.isoText, String(record.wallMicroseconds), entry.localTime.isoText,
            entry.journalIdentifier, String(record.seq), entry.source.host ?? "", record.actor,
            record.kind,
            entry.text(.runbook) ?? "", entry.text(.step) ?? "", record.message,
            JSONText.value(.object(record.payload)), record.recordHash, entry.rowVerdict,
        ])
    }
}
