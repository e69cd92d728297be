import Notation

/// Durations as words or as a clock.
enum DurationText {
    /// `MM:SS` below an hour, `H:MM:SS` from an hour on; negative counts as 0 (countdowns).
    static func clock(seconds: Int) -> String {
        ClockDuration.text(seconds: Int64(max(0, seconds)), minuteDigits: 2)
    }

    /// A length of time that cannot be read as a time of day: `2分37秒`,
    /// `1時間2分3秒` / `2 min 37 s`, `1 h 2 min 3 s`; negative counts as 0.
    static func spoken(seconds: Int, japanese: Bool) -> String {
        let total = max(0, seconds)
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let rest = total % 60
        var parts: [String] = []
        if hours > 0 { parts.append(japanese ? "\(hours)時間" : "\(hours) h") }
        if hours > 0 || minutes > 0 { parts.append(japanese ? "\(minutes)分" : "\(minutes) min") }
        parts.append(japanese ? "\(rest)秒" : "\(rest) s")
        return parts.joined(separator: japanese ? "" : " ")
    }
}
