import Foundation

/// Parses `datetime` values the way an importer would, independently of the exporter:
/// `YYYY-MM-DDTHH:MM:SS.ffffff±HH:MM` through `Calendar`, to µs since the epoch.
enum ISODateTime {
    /// µs since the epoch, or `nil` when the text is not that shape or has no offset.
    static func microseconds(_ text: String) -> Int64? {
        let pattern =
            #"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})([+-])(\d{2}):(\d{2})$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        let parts = (1..<match.numberOfRanges).map { index -> String in
            guard let range = Range(match.range(at: index), in: text) else { return "" }
            return String(text[range])
        }
        guard let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let hour = Int(parts[3]),
            let minute = Int(parts[4]), let second = Int(parts[5]), let fraction = Int64(parts[6]),
            let offsetHours = Int(parts[8]), let offsetMinutes = Int(parts[9])
        else { return nil }
        let offset = (parts[7] == "-" ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        return Int64(date.timeIntervalSince1970.rounded()) * 1_000_000 + fraction
    }
}
