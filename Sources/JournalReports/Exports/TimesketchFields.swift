import JournalVocabulary

/// The values Timesketch needs, shared by its JSONL and CSV exports.
///
/// `datetime` is UTC with an explicit `+00:00` and `timestamp` is the same instant in
/// microseconds, so the importer never guesses a zone and never drops a row.
enum TimesketchFields {
    /// `[kind] actor: msg`, the line Timesketch lists; `[UNPROVEN] ` before it from the
    /// first line that does not verify on.
    static func message(_ entry: TimelineEntry) -> String {
        (entry.isUnproven ? "[UNPROVEN] " : "")
            + "[\(entry.record.kind)] \(entry.record.actor): \(entry.record.message)"
    }

    /// `shodo:journal:<kind>`, in plaso's `data_type` style.
    static func dataType(_ kind: String) -> String { "shodo:journal:" + kind }

    /// The verdict row's message.
    static func verdictMessage(_ source: JournalSource) -> String {
        "[\(ExportRowKind.verdict)] " + source.verdictSentence
    }
}
