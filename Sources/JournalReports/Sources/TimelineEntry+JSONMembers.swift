import JournalVocabulary

/// The members every JSON Lines row of a record carries, whatever the flavour.
extension TimelineEntry {
    /// Identity, time and provenance: journal_id, seq, record_hash, actor, kind, host,
    /// local_datetime, boot_id, mono_ns, journal_verdict, journal_file (encoded values).
    var commonJSONMembers: [(String, String)] {
        [
            ("journal_id", JSONText.string(journalIdentifier)),
            ("seq", String(record.seq)),
            ("record_hash", JSONText.string(record.recordHash)),
            ("actor", JSONText.string(record.actor)),
            ("kind", JSONText.string(record.kind)),
            ("host", source.host.map(JSONText.string) ?? "null"),
            ("local_datetime", JSONText.string(localTime.isoText)),
            ("boot_id", JSONText.string(record.boot)),
            ("mono_ns", String(record.monoNanoseconds)),
            ("journal_verdict", JSONText.string(rowVerdict)),
            ("journal_file", JSONText.string(source.path)),
        ]
    }
}
