import Notation

/// The `datetime` input forms: ISO 8601 date and time, or `HH:MM` meaning today.
///
/// Accepted: `2026-11-21T03:15`, `2026-11-21 03:15:30`, optional fraction,
/// optional `Z` or `±HH:MM`; and `3:15` / `03:15` alone. Field ranges are checked
/// (month 1–12, day within the month, hour 0–23, minute and second 0–59).
enum DateTimeSyntax {
    static func isValid(_ text: String) -> Bool {
        if isTime(Substring(text)) { return true }
        guard text.count >= 16 else { return false }
        let dateEnd = text.index(text.startIndex, offsetBy: 10)
        let separator = text[dateEnd]
        guard separator == "T" || separator == " " || separator == "t" else { return false }
        guard CalendarDate.isValid(text[..<dateEnd]) else { return false }
        var timePart = text[text.index(after: dateEnd)...]
        if timePart.hasSuffix("Z") || timePart.hasSuffix("z") {
            timePart = timePart.dropLast()
        } else if timePart.count > 6 {
            let offsetStart = timePart.index(timePart.endIndex, offsetBy: -6)
            let offset = timePart[offsetStart...]
            if offset.first == "+" || offset.first == "-" {
                guard isTime(offset.dropFirst(), requireTwoDigitHour: true) else { return false }
                timePart = timePart[..<offsetStart]
            }
        }
        return isTime(timePart, allowSeconds: true)
    }

    private static func isTime(
        _ text: Substring, allowSeconds: Bool = false, requireTwoDigitHour: Bool = false
    ) -> Bool {
        var main = text
        if allowSeconds, let dot = main.firstIndex(of: ".") {
            let fraction = main[main.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return false }
            main = main[..<dot]
        }
        let parts = main.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || (allowSeconds && parts.count == 3) else { return false }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return false
        }
        let hourDigits = parts[0].count
        guard hourDigits == 2 || (!requireTwoDigitHour && hourDigits == 1) else { return false }
        guard parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        guard let hour = Int(parts[0]), let minute = Int(parts[1]), hour <= 23, minute <= 59 else {
            return false
        }
        if parts.count == 3 {
            guard let second = Int(parts[2]), second <= 60 else { return false }
        }
        return true
    }
}
