import Foundation

/// Journal times as the operator reads them: `2026-11-21 03:15` in the local zone.
enum LocalTimeText {
    static func format(wallMicroseconds: Int64, timeZone: TimeZone) -> String {
        let parts = components(wallMicroseconds: wallMicroseconds, timeZone: timeZone)
        return date(wallMicroseconds: wallMicroseconds, timeZone: timeZone) + " \(two(parts.hour)):\(two(parts.minute))"
    }

    /// `2026-11-21`: the local date.
    static func date(wallMicroseconds: Int64, timeZone: TimeZone) -> String {
        let parts = components(wallMicroseconds: wallMicroseconds, timeZone: timeZone)
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
    }

    /// `03:15:42`: the time of day with seconds, for timeline rows.
    static func timeOfDay(wallMicroseconds: Int64, timeZone: TimeZone) -> String {
        let parts = components(wallMicroseconds: wallMicroseconds, timeZone: timeZone)
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }

    private static func components(wallMicroseconds: Int64, timeZone: TimeZone) -> DateComponents {
        let date = Date(timeIntervalSince1970: Double(wallMicroseconds) / 1_000_000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    private static func two(_ value: Int?) -> String {
        let number = value ?? 0
        return number < 10 ? "0\(number)" : "\(number)"
    }
}
