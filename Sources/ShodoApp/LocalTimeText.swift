import Foundation

/// Journal times as the operator reads them: `2026-11-21 03:15` in the local zone.
enum LocalTimeText {
    static func format(wallMicroseconds: Int64, timeZone: TimeZone) -> String {
        let date = Date(timeIntervalSince1970: Double(wallMicroseconds) / 1_000_000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let number = value ?? 0
            return number < 10 ? "0\(number)" : "\(number)"
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
