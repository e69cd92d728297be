/// RFC 3339 UTC timestamps with six fraction digits, `2025-11-21T19:35:22.328169Z`.
///
/// Written and parsed by hand: the verifier reads a million of them, and the writer
/// must not depend on a locale or a formatter's defaults.
enum JournalTimestamp {
    /// The length of every timestamp the journal writes.
    static let length = 27
    private static let microsecondsPerDay: Int64 = 86_400_000_000
    /// Years 0000–9999 are what the four-digit field can hold.
    static let representableMicroseconds: ClosedRange<Int64> = -62_167_219_200_000_000...253_402_300_799_999_999

    /// The timestamp of `microseconds` since 1970-01-01T00:00:00Z, or `nil` outside years 0–9999.
    static func text(microseconds: Int64) -> String? {
        guard representableMicroseconds.contains(microseconds) else { return nil }
        var days = microseconds / microsecondsPerDay
        var remainder = microseconds % microsecondsPerDay
        if remainder < 0 {
            days -= 1
            remainder += microsecondsPerDay
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let secondsOfDay = remainder / 1_000_000
        var text: [UInt8] = []
        text.reserveCapacity(length)
        appendDigits(year, count: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        appendDigits(month, count: 2, to: &text)
        text.append(UInt8(ascii: "-"))
        appendDigits(day, count: 2, to: &text)
        text.append(UInt8(ascii: "T"))
        appendDigits(secondsOfDay / 3600, count: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        appendDigits(secondsOfDay / 60 % 60, count: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        appendDigits(secondsOfDay % 60, count: 2, to: &text)
        text.append(UInt8(ascii: "."))
        appendDigits(remainder % 1_000_000, count: 6, to: &text)
        text.append(UInt8(ascii: "Z"))
        return String(decoding: text, as: UTF8.self)
    }

    /// Microseconds since the epoch of the timestamp in `bytes[range]`, or `nil` when it is
    /// not exactly `YYYY-MM-DDTHH:MM:SS.ffffffZ` with a real date and time.
    static func microseconds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int64? {
        guard range.count == length, range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        let base = range.lowerBound
        func number(_ offset: Int, _ count: Int) -> Int64? {
            var value: Int64 = 0
            for index in base + offset..<base + offset + count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
            }
            return value
        }
        func separator(_ offset: Int, _ character: Unicode.Scalar) -> Bool {
            bytes[base + offset] == UInt8(ascii: character)
        }
        guard separator(4, "-"), separator(7, "-"), separator(10, "T"), separator(13, ":"),
            separator(16, ":"), separator(19, "."), separator(26, "Z"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            let fraction = number(20, 6),
            (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        return days * microsecondsPerDay + ((hour * 60 + minute) * 60 + second) * 1_000_000 + fraction
    }

    private static func appendDigits(_ value: Int64, count: Int, to text: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<count { divisor *= 10 }
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    private static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Hinnant's algorithm).
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSinceEpoch`.
    private static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
