import ActionJournal
import JournalSummaries
import JournalVocabulary
import Notation
import RunEngine
import RunbookModel

/// The words of the journal browser and the timeline.
extension UIText {
    func journalBrowserTitle(count: Int) -> String {
        isJapanese ? "対応記録の一覧（\(count)）" : "Journals (\(count))"
    }
    var journalColumnStarted: String { isJapanese ? "開始" : "Started" }
    var journalColumnRunbook: String { isJapanese ? "手順書" : "Runbook" }
    var journalColumnOperator: String { isJapanese ? "対応者" : "Operator" }
    var journalColumnOutcome: String { isJapanese ? "結果" : "Outcome" }
    var journalColumnDrill: String { isJapanese ? "訓練" : "Drill" }
    var journalColumnVerdict: String { isJapanese ? "検証" : "Verdict" }
    var drillMark: String { isJapanese ? "訓練" : "drill" }
    var runStillOpen: String { isJapanese ? "未完了" : "open" }
    var noRunInJournal: String { isJapanese ? "（実行なし）" : "(no run)" }
    var noJournals: String {
        isJapanese ? "対応記録はまだありません。" : "There are no journals yet."
    }

    func journalTimelineTitle(runbook: String, started: String) -> String {
        isJapanese ? "記録: \(runbook)（\(started)）" : "Journal: \(runbook) (\(started))"
    }

    /// A time of a journal, written in the offset it recorded; when it recorded none the
    /// time is in UTC and says so, rather than passing for local time.
    func journalTime(_ time: String, recordedOffset: RecordedOffset) -> String {
        guard case .unknown = recordedOffset else { return time }
        return isJapanese ? "\(time) UTC・時差不明" : "\(time) UTC, tz unknown"
    }

    /// The browser's verdict column (`VerdictWord`), which never says more than was checked:
    /// `OK 末尾確認済` only when a code proved the end, `連鎖OK 末尾未確認` when only the chain
    /// was checked, `NG 3行目から` / `NOT INTACT: line 3`, `NG コード不一致` when no line has the code typed.
    func verdictWord(_ verdict: JournalVerdict) -> String {
        guard let claims = verdict.claims else { return VerdictWord.unreadable.text(language) }
        let word: VerdictWord
        if let line = claims.firstUnprovenLine {
            word = .notIntact(fromLine: line)
        } else {
            switch claims.level {
            case .proven: word = .endChecked
            case .partlyChecked: word = .chainOnly
            case .failed: word = .noLineHasCode
            }
        }
        return word.text(language)
    }

    /// A run's outcome as recorded (`resolved`), named in the operator's language when it is one Shodo knows.
    func outcomeName(recorded outcome: String) -> String {
        RunOutcome(rawValue: outcome).map { RecordMessages.outcomeName($0, language: language) }
            ?? outcome
    }

    /// The verdict as the top of the timeline says it: what was checked and what was not
    /// (`VerificationVerdict.headline`); never empty.
    func verdictSentences(_ verdict: JournalVerdict) -> [String] {
        guard let claims = verdict.claims else {
            let reason = verdict.unreadableReason ?? "-"
            return [
                isJapanese
                    ? "検証 NG（改ざん・破損の疑い）: 記録を確認できません（\(reason)）"
                    : "NOT INTACT: the journal cannot be checked (\(reason))"
            ]
        }
        return [claims.headline(language)]
    }

    func journalReadStopped(_ reason: String) -> String {
        isJapanese ? "ここから先は読めません: \(reason)" : "Reading stopped here: \(reason)"
    }

    func kindFilterName(_ filter: TimelineKindFilter) -> String {
        switch filter {
        case .all: isJapanese ? "すべて" : "all"
        case .steps: isJapanese ? "手順の操作" : "step actions"
        case .calls: isJapanese ? "電話連絡" : "calls"
        case .notes: isJapanese ? "メモ" : "notes"
        case .problems: isJapanese ? "問題（飛ばす・できない・戻る・打ち切り）" : "problems (skip, fail, back, abort)"
        }
    }

    func timelineFilterLine(kind: TimelineKindFilter, actor: String?, shown: Int, total: Int)
        -> String
    {
        let who = actor ?? (isJapanese ? "全員" : "everyone")
        return isJapanese
            ? "種類: \(kindFilterName(kind)) ・ 対応者: \(who) ・ \(shown)/\(total)件"
            : "Kind: \(kindFilterName(kind)) · Operator: \(who) · \(shown)/\(total) records"
    }

    var timelineColumns: String {
        isJapanese
            ? "番号 時刻     対応者     種類              内容"
            : " seq time     actor      kind              message"
    }
    var noTimelineMatches: String {
        isJapanese ? "この条件の記録はありません。" : "No record matches these filters."
    }
}
