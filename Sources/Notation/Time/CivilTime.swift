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
        var bytes = dateAndTime(separator: UInt8(ascii: "T"))
        bytes.append(UInt8(ascii: "."))
        DecimalDigits.append(Int64(microsecond), count: 6, to: &bytes)
        return String(decoding: bytes, as: UTF8.self) + offset.description
    }

    /// `2026-11-21 19:35:22+09:00`: what a person reads in a report.
    public var readableText: String {
        String(decoding: dateAndTime(separator: UInt8(ascii: " ")), as: UTF8.self)
            + offset.description
    }

    /// `2026-11-21 19:35`: the minute a person looks for in a list, offset left to the heading.
    public var minuteText: String {
        String(decoding: dateAndTime(separator: UInt8(ascii: " "), seconds: false), as: UTF8.self)
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
        DecimalDigits.append(Int64(month), count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "/"))
        DecimalDigits.append(Int64(day), count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "/"))
        DecimalDigits.append(Int64(year), count: 4, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendDate(to bytes: inout [UInt8], separator: UInt8) {
        DecimalDigits.append(Int64(year), count: 4, to: &bytes)
        bytes.append(separator)
        DecimalDigits.append(Int64(month), count: 2, to: &bytes)
        bytes.append(separator)
        DecimalDigits.append(Int64(day), count: 2, to: &bytes)
    }

    private func appendTime(to bytes: inout [UInt8], seconds: Bool = true) {
        DecimalDigits.append(Int64(hour), count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        DecimalDigits.append(Int64(minute), count: 2, to: &bytes)
        guard seconds else { return }
        bytes.append(UInt8(ascii: ":"))
        DecimalDigits.append(Int64(second), count: 2, to: &bytes)
    }

    /// The date and the time of day with `separator` between them.
    private func dateAndTime(separator: UInt8, seconds: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendDate(to: &bytes, separator: UInt8(ascii: "-"))
        bytes.append(separator)
        appendTime(to: &bytes, seconds: seconds)
        return bytes
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
