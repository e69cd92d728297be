/// `YYYY-MM-DD` dates, checked without a calendar object or time zone.
///
/// The loader (`last_verified`), the engine (`datetime` inputs) and the drill
/// commands (`--since`) agree on which days exist because they all ask here.
public enum CalendarDate {
    /// Whether `words` is exactly `YYYY-MM-DD` and names a day that exists.
    public static func isValid(_ words: some StringProtocol) -> Bool {
        let parts = words.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({
                $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else { return false }
        return (1...GregorianDays.daysInMonth(year: Int64(year), month: Int64(month))).contains(
            Int64(day))
    }
}
