import ActionJournal
import Localization
import Notation

/// When the last drill was held: the newest drill journal that verifies, and whether a
/// year has passed since (the fee schedule asks for at least one exercise a year).
///
/// The drill register's header and the start screen of the terminal UI both say it from
/// here, so they cannot disagree.
public struct LastDrill: Sendable, Hashable {
    /// The drill's local date (`drill.started`), `YYYY-MM-DD`.
    public var date: String
    /// Its journal's file name.
    public var file: String

    /// The drill of `date` (`YYYY-MM-DD`) journaled in `file`.
    public init(date: String, file: String) {
        self.date = date
        self.file = file
    }

    /// The last drill among the journals at `paths`, given newest first (by the time in
    /// their names): each is read in turn and reading stops at the first drill journal
    /// that verifies, so a directory of many journals costs one or two reads.
    public static func newest(amongNewestFirst paths: [String]) -> LastDrill? {
        for (index, path) in paths.enumerated() {
            guard let drill = try? DrillAnalysis.read(path: path, index: index), drill.verifies
            else { continue }
            return LastDrill(date: drill.date, file: drill.source.fileName)
        }
        return nil
    }

    /// Whole days from the drill to `today` (`YYYY-MM-DD`); `nil` when either is not a date.
    public func days(until today: String) -> Int64? {
        guard let drillDay = Self.day(date), let todayDay = Self.day(today) else { return nil }
        return todayDay - drillDay
    }

    /// Whether more than a year has passed since `last` by `today` (`YYYY-MM-DD`), or no drill was ever held.
    public static func yearHasPassed(since last: LastDrill?, today: String) -> Bool {
        guard let days = last?.days(until: today) else { return true }
        return days > 365
    }

    /// The register's words in `language`, for the other places that say when the last drill
    /// was: its label, the text when there is none, and the warning when a year has passed.
    public static func words(_ language: Language) -> (
        label: String, none: String, yearHasPassed: String
    ) {
        let text = ReportText(language: language)
        return (text.lastDrill, text.noDrill, text.yearWithoutDrill)
    }

    /// Days since 1970 of `YYYY-MM-DD`.
    private static func day(_ text: String) -> Int64? {
        let parts = text.split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 3 else { return nil }
        return GregorianDays.daysSinceEpoch(year: parts[0], month: parts[1], day: parts[2])
    }
}
