import JournalVocabulary
import Notation

/// Timesketch CSV (`*.csv`): the header first, `message,datetime,timestamp,timestamp_desc`
/// leading, then data_type, seq, journal_id, record_hash, actor, kind, host, runbook,
/// step, payload (JSON), local_datetime, journal_verdict.
struct TimesketchCSVExporter: CSVRowExporter {
    static let columns = [
        "message", "datetime", "timestamp", "timestamp_desc", "data_type", "seq", "journal_id",
        "record_hash", "actor",
        "kind", "host", "runbook", "step", "payload", "local_datetime", "journal_verdict",
    ]

    let csv: CSVText
    let preamble: [UInt8]

    func verdictRow(_ source: JournalSource) -> String {
        let time = source.verdictMicroseconds
        return csv.row([
            TimesketchFields.verdictMessage(source),
            CivilTime(microseconds: time, offset: .utc).isoText, String(time),
            TimestampDescription.verdict, TimesketchFields.dataType(ExportRowKind.verdict), "",
            source.journalIdentifier, "",
            "", ExportRowKind.verdict, source.host ?? "", "", "", "{}",
            CivilTime(microseconds: time, offset: source.utcOffset).isoText, source.verdictWord,
        ])
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        return csv.row([
            TimesketchFields.message(entry), entry.universalTime.isoText,
            String(record.wallMicroseconds),
            TimestampDescription.of(record.kind), TimesketchFields.dataType(record.kind),
            String(record.seq),
            entry.journalIdentifier, record.recordHash, record.actor, record.kind,
            entry.source.host ?? "",
            entry.text(.runbook) ?? "", entry.text(.step) ?? "",
            JSONText.value(.object(record.payload)),
            entry.localTime.isoText, entry.rowVerdict,
        ])
    }
}
