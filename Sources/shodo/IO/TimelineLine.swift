import ActionJournal
import Foundation
import TerminalSafety

/// One journal record as a line of the plain-text timeline:
/// `seq  local time (offset)  actor  kind  message`, with `!` before the seq of an unproven line.
enum TimelineLine {
    static func format(_ record: JournalRecord, utcOffset: String, unproven: Bool = false) -> String {
        let local = localTime(record.wallMicroseconds, offset: utcOffset)
        let seq = ((unproven ? "!" : "") + String(record.seq)).leftPadded(to: 5)
        let text = "\(record.actor)  \(record.kind)  \(record.message)"
        // One record, one line: a line break in a note must not forge the next record.
        return "\(seq)  \(local)  " + TerminalSafeText.make(text, lineBreaks: .shown)
    }

    /// The wall time in the operator's offset from `journal.open` (`+09:00`),
    /// so the IT lead reads the times the night shift saw.
    static func localTime(_ microseconds: Int64, offset: String) -> String {
        let offsetSeconds = parseOffset(offset)
        let seconds = microseconds / 1_000_000 + Int64(offsetSeconds)
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(value ?? 0).leftPadded(to: 2, with: "0") }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))\(offset)"
    }

    static func parseOffset(_ offset: String) -> Int {
        let sign = offset.hasPrefix("-") ? -1 : 1
        let digits = offset.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard digits.count == 2 else { return 0 }
        return sign * (digits[0] * 3600 + digits[1] * 60)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
