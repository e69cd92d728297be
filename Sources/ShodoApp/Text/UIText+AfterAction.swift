import JournalReports

/// The words of what the terminal UI shows after a drill: the browser's drill filter, a
/// drill's summary and, on the start screen, when the last drill was.
extension UIText {
    func journalDrillFilterName(_ filter: JournalDrillFilter) -> String {
        switch filter {
        case .all: isJapanese ? "すべて" : "all"
        case .realIncidents: isJapanese ? "実際のインシデントのみ" : "real incidents only"
        case .drills: isJapanese ? "訓練のみ" : "drills only"
        }
    }

    /// The browser's title: the count, and while a filter is on, which and how many of all.
    func journalBrowserTitle(filter: JournalDrillFilter, shown: Int, total: Int) -> String {
        guard filter != .all else { return journalBrowserTitle(count: total) }
        let name = journalDrillFilterName(filter)
        return isJapanese
            ? "対応記録の一覧（\(name) \(shown)/\(total)）" : "Journals (\(name): \(shown) of \(total))"
    }

    var noJournalMatchesFilter: String {
        isJapanese ? "この条件の記録はありません。[f] で切り替えます。" : "No journal of this kind. [f] changes the list."
    }

    var drillSummaryForDrillsOnly: String {
        isJapanese
            ? "[r] 訓練の結果は、訓練の記録だけで見られます（これは実際のインシデントの記録です）。"
            : "[r] drill results are for drill journals only (this is a real incident's journal)."
    }

    func drillSummaryTitle(file: String) -> String {
        isJapanese ? "訓練の結果: \(file)" : "Drill results: \(file)"
    }

    func drillSummaryUnreadable(_ reason: String) -> String {
        isJapanese ? "この訓練の記録を読めません: \(reason)" : "This drill journal cannot be read: \(reason)"
    }

    /// 「最後の訓練: 2026-10-02（65日前）」, or that there is none (the register's words).
    func lastDrillLine(_ notice: LastDrillNotice) -> String {
        let words = LastDrill.words(language)
        guard let last = notice.last else { return "\(words.label): \(words.none)" }
        guard let days = last.days(until: notice.today) else {
            return "\(words.label): \(last.date)"
        }
        if isJapanese { return "\(words.label): \(last.date)（\(days == 0 ? "今日" : "\(days)日前")）" }
        return
            "\(words.label): \(last.date) (\(days == 0 ? "today" : days == 1 ? "1 day ago" : "\(days) days ago"))"
    }

    /// The fee-schedule rule (at least one exercise a year), when it is not met.
    func lastDrillWarning(_ notice: LastDrillNotice) -> String? {
        notice.yearHasPassed ? LastDrill.words(language).yearHasPassed : nil
    }
}
