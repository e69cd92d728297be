import Localization
import TerminalSafety

/// The plain-text timeline that `journal show` and `journal merge` print: each journal's
/// headline (what was checked and what was not) and verifier lines, then one line per
/// record, `seq  local time  actor  kind  message`, with `!` before the seq from the first
/// bad line on. Several journals each get a heading (`path (jid8)`, the verdict indented
/// under it) and every record line starts with its journal's `jid8`.
struct PlainTimelineExporter: RowExporter {
    let preamble: [UInt8] = []
    let header: String? = nil
    /// The language of the headline.
    let language: Language
    /// Whether the timeline is one journal's (`journal show`): no headings, no `jid8` column.
    let isOneJournal: Bool

    func verdictRow(_ source: JournalSource) -> String {
        var verdict = [source.verdict.headline(language)] + source.verification.lines
        if let zone = source.unreadableTimeZone {
            // Never passed off as UTC: the offset the journal recorded cannot be read.
            let text = ReportText(language: language)
            verdict.append("tz \"" + TerminalSafeText.make(zone) + "\": " + text.badTimeZone)
        }
        guard !isOneJournal else { return verdict.map { $0 + "\n" }.joined() + "\n" }
        let heading =
            "\(source.path) (\(source.shortIdentifier.isEmpty ? "no record" : source.shortIdentifier))\n"
        return heading + verdict.map { "  " + $0 + "\n" }.joined() + "\n"
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        let seq = (entry.isUnproven ? "!" : "") + String(record.seq)
        let padded = String(repeating: " ", count: max(0, 5 - seq.count)) + seq
        let text = TerminalSafeText.make(
            "\(record.actor)  \(record.kind)  \(record.message)", lineBreaks: .shown)
        let time = entry.localTime
        // A journal whose offset cannot be read is shown in UTC, and each time says so.
        let shown =
            entry.source.unreadableTimeZone == nil
            ? time.readableText : "\(time.dateText) \(time.timeText) UTC"
        let line = "\(padded)  \(shown)  \(text)\n"
        return isOneJournal ? line : "\(entry.source.shortIdentifier)  " + line
    }
}
