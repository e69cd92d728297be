import Notation

/// The fixed labels of the drill documents (after-action report, register), in Japanese or English.
extension ReportText {
    private var ja: Bool { language == .japanese }

    /// The marking on every page of a drill document (docs/drill-scenario.md "Journal of a drill").
    var exerciseMarking: String { ja ? DrillMarking.japanese : DrillMarking.english }
    var drillReportTitle: String {
        ja ? "訓練の振り返り報告と改善計画（AAR/IP）" : "After-action report and improvement plan (AAR/IP)"
    }
    var overview: String { ja ? "概要" : "Overview" }
    var scenario: String { ja ? "シナリオ" : "Scenario" }
    var drillType: String { ja ? "訓練の種類" : "Type" }
    var date: String { ja ? "日時" : "Date" }
    var team: String { ja ? "チーム" : "Team" }
    var roles: String { ja ? "役割" : "Roles" }
    var facilitator: String { ja ? "進行役" : "Facilitator" }
    var players: String { ja ? "参加者" : "Players" }
    var bcpItems: String { ja ? "確認した BCP の項目" : "BCP items exercised" }
    var notRecorded: String { ja ? "記録なし" : "not recorded" }
    var expectationsTitle: String {
        ja ? "目標時間と実際（訓練時計）" : "Expectations: target vs actual (drill clock)"
    }
    var target: String { ja ? "目標" : "Target" }
    var actual: String { ja ? "実際" : "Actual" }
    var required: String { ja ? "必須" : "Required" }
    var drillTimeline: String { ja ? "状況付与・手順・節目の時間" : "Injects, steps and milestones" }
    var drillClock: String { ja ? "訓練時計" : "Drill clock" }
    var decisionsTitle: String { ja ? "机上訓練の判断と理由" : "Tabletop decisions and rationale" }
    var rationale: String { ja ? "理由" : "Rationale" }
    var decidedBy: String { ja ? "判断した人" : "Decided by" }
    var observationsTitle: String { ja ? "観察と評価" : "Observations and ratings" }
    var rating: String { ja ? "評価" : "Rating" }
    var hotWashTitle: String { ja ? "振り返り（ホットウォッシュ）の回答" : "Hot-wash answers" }
    var question: String { ja ? "質問" : "Question" }
    var answer: String { ja ? "回答" : "Answer" }

    /// A hot-wash question as the report shows it: its number and its text as asked, or
    /// that the text is not in the journal (written before it was journaled).
    func hotWashQuestion(number: Int64, text: String?) -> String {
        guard let text, !text.isEmpty else {
            return ja ? "\(number)（質問の文は記録なし）" : "\(number) (question text not recorded)"
        }
        return "\(number). \(text)"
    }
    var improvementPlan: String { ja ? "改善計画" : "Improvement plan" }
    var finding: String { ja ? "気づいたこと" : "Finding" }
    var action: String { ja ? "改善策" : "Action" }
    var owner: String { ja ? "担当" : "Owner" }
    var due: String { ja ? "期限" : "Due" }
    var category: String { ja ? "分類" : "Category" }
    var status: String { ja ? "状況" : "Status" }
    var contingencyInject: String { ja ? "予備の状況付与が出た" : "contingency inject fired" }

    func expectationResult(_ result: String) -> String {
        switch result {
        case "met": return ja ? "達成" : "met"
        case "missed": return ja ? "未達（遅れ）" : "missed"
        default: return ja ? "到達せず" : "not reached"
        }
    }

    func improvementStatus(_ item: DrillAnalysis.Improvement, today: String) -> String {
        if let note = item.closedNote { return (ja ? "完了：" : "closed: ") + note }
        return item.isOverdue(today: today) ? (ja ? "期限切れ" : "overdue") : (ja ? "未完了" : "open")
    }

    var notEnded: String {
        ja
            ? "この訓練には終了（drill.ended）の記録がありません：途中で終わった訓練です。目標の判定はありません。"
            : "This drill has no drill.ended record: it ended early. No expectation was judged."
    }

    func abortedForReal(_ jid: String) -> String {
        ja
            ? "この訓練は実際のインシデントのため中止されました（実際の記録 \(jid)）。"
            : "This drill was stopped for a real incident (real journal \(jid))."
    }

    func unproven(_ count: Int) -> String {
        ja
            ? "この記録は検証できません：検証できない \(count) 件の記録はどの数字・一覧にも含めていません。"
            : "This journal does not verify: its \(count) unproven records are left out of every figure and list."
    }

    // The summary of a drill in the terminal (`DrillSummary`).

    func summaryExpectation(milestone: String, target: String, actual: String, result: String)
        -> String
    {
        ja
            ? "\(milestone): 目標 \(target) / 実際 \(actual) — \(result)"
            : "\(milestone): target \(target) / actual \(actual) — \(result)"
    }
    var listSeparator: String { ja ? "、" : ", " }
    func summaryHotWash(count: Int) -> String {
        ja ? "\(hotWashTitle): \(count) 件" : "\(hotWashTitle): \(count)"
    }
    func summaryImprovements(open: Int, closed: Int, overdue: Int) -> String {
        ja
            ? "改善項目: 未完了 \(open)・完了 \(closed)・期限切れ \(overdue)"
            : "Improvement items: \(open) open, \(closed) closed, \(overdue) overdue"
    }
    var summaryFullReport: String {
        ja ? "詳しい報告（AAR/IP、印刷用 HTML）は次のコマンドで作れます:" : "The full report (AAR/IP, printable HTML):"
    }

    // The drill register.

    /// The register's marking: it lists exercises only.
    var registerMarking: String {
        ja ? "訓練の記録簿 — 実際のインシデントではありません" : "EXERCISE REGISTER — NOT REAL INCIDENTS"
    }
    var registerTitle: String { ja ? "訓練の実施記録（年ごと）" : "Drill register (by year)" }
    var lastDrill: String { ja ? "最後の訓練" : "Last drill" }
    var noDrill: String { ja ? "訓練の記録なし" : "no drill recorded" }
    var yearWithoutDrill: String {
        ja
            ? "最後の訓練から 1 年以上たっています（年 1 回以上の訓練が必要です）。"
            : "More than a year has passed without a drill (at least one a year is required)."
    }
    var registerColumns: [String] {
        ja
            ? [
                "日付", "種類", "シナリオ", "チーム", "BCP の項目", "参加者（役割）", "目標達成", "改善 未完了", "改善 完了",
                "改善 期限切れ", "検証", "ファイル",
            ]
            : [
                "Date", "Type", "Scenario", "Team", "BCP items", "Participants by role",
                "Expectations met", "Items open",
                "Items closed", "Items overdue", "Verified", "File",
            ]
    }

    // The trends.

    var trendsTitle: String {
        ja ? "節目の時間の推移（訓練時計）" : "Milestone times across drills (drill clock)"
    }
    var median: String { ja ? "中央値" : "median" }
    var trendsColumns: [String] {
        ja
            ? ["シナリオ", "節目", "手順書", "目標", "回数", "中央値", "各回（チーム 時間）"]
            : [
                "Scenario", "Milestone", "Runbook", "Target", "Drills", "Median",
                "Each (team time)",
            ]
    }

    /// Drill-clock time as `m:ss` or `h:mm:ss`, for compact tables and charts.
    func clock(_ seconds: Int64) -> String {
        ClockDuration.text(seconds: seconds, minuteDigits: 1)
    }
}
