import ActionJournal
/// A journal instant split into calendar fields at one UTC offset.
///
/// Computed by hand (days-from-civil arithmetic) rather than with `Calendar`: exports
/// format a million of these, and the result must not depend on the machine's locale
/// or time zone database.
public struct CivilTime: Sendable, Hashable {
    /// The four-digit year.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…31.
    public let day: Int
    /// 0…23.
    public let hour: Int
    /// 0…59.
    public let minute: Int
    /// 0…59.
    public let second: Int
    /// 0…999_999.
    public let microsecond: Int
    /// The offset the fields are expressed in.
    public let offset: UTCOffset

    /// The calendar fields of `microseconds` since 1970-01-01T00:00:00Z, seen at `offset`.
    public init(microseconds: Int64, offset: UTCOffset) {
        let shifted = microseconds + Int64(offset.seconds) * 1_000_000
        let (seconds, fraction) = Self.floorDivision(shifted, 1_000_000)
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        let date = GregorianDays.civilDate(daysSinceEpoch: days)
        let (year, month, day) = (Int(date.year), Int(date.month), Int(date.day))
        self.year = year
        self.month = month
        self.day = day
        hour = Int(secondOfDay / 3600)
        minute = Int(secondOfDay / 60 % 60)
        second = Int(secondOfDay % 60)
        microsecond = Int(fraction)
        self.offset = offset
    }

    /// `2026-11-21T19:35:22.328169+00:00`: ISO 8601 with microseconds and an explicit offset.
    public var isoText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendDate(to: &bytes, separator: UInt8(ascii: "-"))
        bytes.append(UInt8(ascii: "T"))
        appendTime(to: &bytes)
        bytes.append(UInt8(ascii: "."))
        Self.appendDigits(microsecond, count: 6, to: &bytes)
        return String(decoding: bytes, as: UTF8.self) + offset.description
    }

    /// `2026-11-21 19:35:22+09:00`: what a person reads in a report.
    public var readableText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        appendDate(to: &bytes, separator: UInt8(ascii: "-"))
        bytes.append(UInt8(ascii: " "))
        appendTime(to: &bytes)
        return String(decoding: bytes, as: UTF8.self) + offset.description
    }

    /// `2026-11-21`.
    public var dateText: String {
        var bytes: [UInt8] = []
        appendDate(to: &bytes, separator: UInt8(ascii: "-"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `19:35:22`.
    public var timeText: String {
        var bytes: [UInt8] = []
        appendTime(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `11/21/2026`: the month-first date plaso's l2tcsv uses.
    public var monthFirstDateText: String {
        var bytes: [UInt8] = []
        Self.appendDigits(month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "/"))
        Self.appendDigits(day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "/"))
        Self.appendDigits(year, count: 4, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendDate(to bytes: inout [UInt8], separator: UInt8) {
        Self.appendDigits(year, count: 4, to: &bytes)
        bytes.append(separator)
        Self.appendDigits(month, count: 2, to: &bytes)
        bytes.append(separator)
        Self.appendDigits(day, count: 2, to: &bytes)
    }

    private func appendTime(to bytes: inout [UInt8]) {
        Self.appendDigits(hour, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.appendDigits(minute, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.appendDigits(second, count: 2, to: &bytes)
    }

    /// Appends the ASCII digits of `value` (not negative) with leading zeros to `count` digits.
    static func appendDigits(_ value: Int, count: Int, to bytes: inout [UInt8]) {
        let value = Swift.max(value, 0)
        var width = 1
        var limit = 10
        while value >= limit, width < 18 {
            width += 1
            limit *= 10
        }
        let total = Swift.max(width, count)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: total))
        var rest = value
        var index = start + total - 1
        while rest > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// Appends `value` with leading zeros to `count` digits (negative values get a `-`).
    static func appendDigits(_ value: Int, count: Int, to text: inout String) {
        if value < 0 { text += "-" }
        let digits = String(abs(value))
        if digits.count < count { text += String(repeating: "0", count: count - digits.count) }
        text += digits
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        var quotient = value / divisor
        var remainder = value % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }
}
