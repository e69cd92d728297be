import ActionJournal
import Notation

/// The instant a `datetime` input names, as RFC 3339 with its UTC offset: the `at`
/// of a milestone reached by that input (`noticed` at 02:03, entered at 02:40).
///
/// A date and time keep the offset they were written with, or take the local one.
/// A time of day alone (`2:03`) is today in local time — unless that is more than
/// `futureTolerance` ahead of now, which no "when did it happen" can be, and then
/// it is the day before: at 00:20, `23:50` is last night.
enum EnteredInstant {
    static let futureToleranceSeconds: Int64 = 15 * 60

    /// `nil` when `text` is not one of the `datetime` input forms.
    static func text(_ text: String, nowMicroseconds: Int64, offset: String) -> String? {
        guard let offsetSeconds = UTCOffset(parsing: offset).map({ Int64($0.seconds) }) else {
            return nil
        }
        let characters = Array(text)
        if let timeOfDay = timeOfDay(characters[...]) {
            let localNow = nowMicroseconds / 1_000_000 + offsetSeconds
            var day = floorDivide(localNow, 86_400)
            let secondsNow = localNow - day * 86_400
            if timeOfDay.seconds > secondsNow + futureToleranceSeconds { day -= 1 }
            let date = CivilTime(microseconds: day * 86_400_000_000, offset: .utc).dateText
            return date + "T" + timeOfDay.text + offset
        }
        guard characters.count >= 16, "Tt ".contains(characters[10]) else { return nil }
        let date = String(characters[0..<10])
        var rest = characters[11...]
        var writtenOffset = offset
        if let last = rest.last, last == "Z" || last == "z" {
            writtenOffset = "Z"
            rest = rest.dropLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            writtenOffset = String(rest.suffix(6))
            rest = rest.dropLast(6)
        }
        guard let time = timeOfDay(rest) else { return nil }
        return date + "T" + time.text + writtenOffset
    }

    /// `H:MM`, `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` as written, padded to `HH:MM:SS[.fff]`.
    private static func timeOfDay(_ characters: ArraySlice<Character>) -> (
        seconds: Int64, text: String
    )? {
        var main = characters
        var fraction = ""
        if let dot = main.firstIndex(of: ".") {
            fraction = String(main[dot...])
            main = main[..<dot]
        }
        let parts = main.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let hour = Int64(String(parts[0])), let minute = Int64(String(parts[1])), hour < 24,
            minute < 60
        else { return nil }
        let second = parts.count == 3 ? Int64(String(parts[2])) ?? 0 : 0
        let text = [hour, minute, second].map { DecimalDigits.padded($0, count: 2) }.joined(
            separator: ":")
        return (hour * 3600 + minute * 60 + second, text + fraction)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
