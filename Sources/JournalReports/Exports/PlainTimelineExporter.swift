import Localization
import TerminalSafety

/// The plain-text timeline: each journal's headline (what was checked and what was not)
/// and verifier lines, then one line per record, `jid8  seq  local time  actor  kind  message`,
/// with `!` before the seq from the first bad line on.
struct PlainTimelineExporter: RowExporter {
    let preamble: [UInt8] = []
    let header: String? = nil
    /// The language of the headline.
    let language: Language

    func verdictRow(_ source: JournalSource) -> String {
        var text = "\(source.path) (\(source.shortIdentifier.isEmpty ? "no record" : source.shortIdentifier))\n"
        text += "  " + source.verdict.headline(language) + "\n"
        for line in source.verification.lines { text += "  " + line + "\n" }
        return text + "\n"
    }

    func row(_ entry: TimelineEntry) -> String {
        let record = entry.record
        let seq = (entry.isUnproven ? "!" : "") + String(record.seq)
        let padded = String(repeating: " ", count: max(0, 5 - seq.count)) + seq
        let text = TerminalSafeText.make("\(record.actor)  \(record.kind)  \(record.message)", lineBreaks: .shown)
        return "\(entry.source.shortIdentifier)  \(padded)  \(entry.localTime.readableText)  \(text)\n"
    }
}
