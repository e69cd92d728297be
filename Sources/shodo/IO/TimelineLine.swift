import ActionJournal
import Notation
import TerminalSafety

/// One journal record as a line of the plain-text timeline:
/// `seq  local time (offset)  actor  kind  message`, with `!` before the seq of an unproven line.
enum TimelineLine {
    static func format(_ record: JournalRecord, utcOffset: String, unproven: Bool = false) -> String {
        let local = localTime(record.wallMicroseconds, offset: utcOffset)
        let seq = rightAligned((unproven ? "!" : "") + String(record.seq), width: 5)
        let text = "\(record.actor)  \(record.kind)  \(record.message)"
        // One record, one line: a line break in a note must not forge the next record.
        return "\(seq)  \(local)  " + TerminalSafeText.make(text, lineBreaks: .shown)
    }

    /// The wall time in the operator's offset from `journal.open` (`+09:00`), so the IT
    /// lead reads the times the night shift saw; an offset that cannot be read leaves the
    /// time in UTC and says so, rather than passing it off as `+00:00`.
    static func localTime(_ microseconds: Int64, offset: String) -> String {
        let recorded = RecordedOffset(recorded: offset)
        let time = recorded.civilTime(microseconds)
        guard case .known = recorded else { return time.dateText + " " + time.timeText + " UTC, tz unknown" }
        return time.readableText
    }

    private static func rightAligned(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
