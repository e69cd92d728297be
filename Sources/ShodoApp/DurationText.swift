/// Durations as a clock shows them: `04:59`, `1:02:03`.
enum DurationText {
    /// `MM:SS` below an hour, `H:MM:SS` from an hour on; negative counts as 0.
    static func clock(seconds: Int) -> String {
        let total = max(0, seconds)
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let rest = total % 60
        let tail = twoDigits(minutes) + ":" + twoDigits(rest)
        return hours > 0 ? "\(hours):" + tail : tail
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
