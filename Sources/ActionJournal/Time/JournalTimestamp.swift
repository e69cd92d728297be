import Notation

/// RFC 3339 UTC timestamps with six fraction digits, `2025-11-21T19:35:22.328169Z`.
///
/// Written and parsed by hand: the verifier reads a million of them, and the writer
/// must not depend on a locale or a formatter's defaults.
enum JournalTimestamp {
    /// The length of every timestamp the journal writes.
    static let length = 27
    private static let microsecondsPerDay: Int64 = 86_400_000_000
    /// Years 0000–9999 are what the four-digit field can hold.
    static let representableMicroseconds: ClosedRange<Int64> =
        -62_167_219_200_000_000...253_402_300_799_999_999

    /// The timestamp of `microseconds` since 1970-01-01T00:00:00Z, or `nil` outside years 0–9999.
    static func text(microseconds: Int64) -> String? {
        guard representableMicroseconds.contains(microseconds) else { return nil }
        var days = microseconds / microsecondsPerDay
        var remainder = microseconds % microsecondsPerDay
        if remainder < 0 {
            days -= 1
            remainder += microsecondsPerDay
        }
        let (year, month, day) = GregorianDays.civilDate(daysSinceEpoch: days)
        let secondsOfDay = remainder / 1_000_000
        var text: [UInt8] = []
        text.reserveCapacity(length)
        DecimalDigits.append(year, count: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        DecimalDigits.append(month, count: 2, to: &text)
        text.append(UInt8(ascii: "-"))
        DecimalDigits.append(day, count: 2, to: &text)
        text.append(UInt8(ascii: "T"))
        DecimalDigits.append(secondsOfDay / 3600, count: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        DecimalDigits.append(secondsOfDay / 60 % 60, count: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        DecimalDigits.append(secondsOfDay % 60, count: 2, to: &text)
        text.append(UInt8(ascii: "."))
        DecimalDigits.append(remainder % 1_000_000, count: 6, to: &text)
        text.append(UInt8(ascii: "Z"))
        return String(decoding: text, as: UTF8.self)
    }

    /// Microseconds since the epoch of the timestamp in `bytes[range]`, or `nil` when it is
    /// not exactly `YYYY-MM-DDTHH:MM:SS.ffffffZ` with a real date and time.
    static func microseconds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int64? {
        guard range.count == length, range.lowerBound >= 0, range.upperBound <= bytes.count else {
            return nil
        }
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
            (1...12).contains(month), day >= 1,
            day <= GregorianDays.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = GregorianDays.daysSinceEpoch(year: year, month: month, day: day)
        return days * microsecondsPerDay + ((hour * 60 + minute) * 60 + second) * 1_000_000
            + fraction
    }
}
