/// A length of time written as a clock: `h:mm:ss` from an hour on, minutes and seconds
/// below (`2:05` or `02:05`, as `minuteDigits` asks) — the countdowns of the terminal UI
/// and the drill clock of the drill documents.
public enum ClockDuration {
    /// `seconds` as a clock; below an hour the minutes take at least `minuteDigits` digits.
    public static func text(seconds: Int64, minuteDigits: Int) -> String {
        guard seconds < 3600 else {
            return "\(seconds / 3600):" + DecimalDigits.padded(seconds / 60 % 60, count: 2) + ":"
                + DecimalDigits.padded(seconds % 60, count: 2)
        }
        return DecimalDigits.padded(seconds / 60, count: minuteDigits) + ":"
            + DecimalDigits.padded(seconds % 60, count: 2)
    }
}
