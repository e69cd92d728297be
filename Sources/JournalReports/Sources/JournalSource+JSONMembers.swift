import JournalVocabulary
import Notation

/// The members every JSON Lines verdict row carries, whatever the flavour.
extension JournalSource {
    /// datetime, timestamp (the verdict row's time), journal_id, seq and record_hash
    /// (`null`: the row is not a record), kind `journal.verdict`, host, local_datetime,
    /// the verifier's lines, journal_verdict, journal_file (encoded values).
    var verdictJSONMembers: [(String, String)] {
        let time = verdictMicroseconds
        return [
            ("datetime", JSONText.string(CivilTime(microseconds: time, offset: .utc).isoText)),
            ("timestamp", String(time)),
            ("journal_id", JSONText.string(journalIdentifier)),
            ("seq", "null"),
            ("record_hash", "null"),
            ("kind", JSONText.string(ExportRowKind.verdict)),
            ("host", host.map(JSONText.string) ?? "null"),
            (
                "local_datetime",
                JSONText.string(CivilTime(microseconds: time, offset: utcOffset).isoText)
            ),
            ("verification", JSONText.value(.array(verification.lines.map { .string($0) }))),
            ("journal_verdict", JSONText.string(verdictWord)),
            ("journal_file", JSONText.string(path)),
        ]
    }
}
