/// `YYYY-MM-DD` dates, checked without a calendar object or time zone.
///
/// In the model because both the loader (`last_verified`) and the engine
/// (`datetime` inputs) must agree on which days exist.
public enum CalendarDate {
    /// Whether `words` is exactly `YYYY-MM-DD` and names a day that exists.
    public static func isValid(_ words: some StringProtocol) -> Bool {
        let parts = words.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
