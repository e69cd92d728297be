import Localization
import RunbookModel

/// The one-line `msg` of each record, in Japanese or English, as the UI shows it.
public struct RecordMessages: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private var ja: Bool { language == .japanese }

    func runStarted(_ title: String) -> String {
        ja ? "開始: \(title)" : "Started: \(title)"
    }

    func stepDone(_ title: String, note: String?) -> String {
        (ja ? "完了: \(title)" : "Done: \(title)") + noteSuffix(note)
    }

    func commandResult(_ title: String, result: String?) -> String {
        guard let result, !result.isEmpty else {
            return ja ? "コマンド実行済み: \(title)" : "Command done: \(title)"
        }
        return ja ? "コマンド結果: \(title): \(result)" : "Command result: \(title): \(result)"
    }

    func stepSkipped(_ title: String, reason: String) -> String {
        ja ? "スキップ: \(title)（理由: \(reason)）" : "Skipped: \(title) (reason: \(reason))"
    }

    func checkConfirmed(_ title: String, note: String?) -> String {
        (ja ? "確認済み: \(title)" : "Confirmed: \(title)") + noteSuffix(note)
    }

    func checkFailed(_ title: String, reason: String) -> String {
        ja ? "確認できず: \(title)（理由: \(reason)）" : "Check failed: \(title) (reason: \(reason))"
    }

    func choiceMade(_ title: String, label: String) -> String {
        ja ? "選択: \(title) → \(label)" : "Chose: \(title) -> \(label)"
    }

    func valueEntered(_ title: String, value: String) -> String {
        ja ? "入力: \(title) = \(value)" : "Entered: \(title) = \(value)"
    }

    func contactAttempted(_ name: String, result: CallResult, note: String?) -> String {
        let outcome: String
        switch result {
        case .reached: outcome = ja ? "通じた" : "reached"
        case .noAnswer: outcome = ja ? "出なかった" : "no answer"
        case .leftMessage: outcome = ja ? "伝言を残した" : "left a message"
        }
        return (ja ? "連絡: \(name) — \(outcome)" : "Call: \(name) - \(outcome)") + noteSuffix(note)
    }

    func waitStarted(_ title: String, seconds: Int) -> String {
        ja ? "待機開始: \(title)（\(seconds) 秒）" : "Wait started: \(title) (\(seconds) s)"
    }

    func waitEnded(_ title: String, reason: String?, early: Bool) -> String {
        let base: String
        if early {
            base = ja ? "待機を早めに終了: \(title)" : "Wait ended early: \(title)"
        } else {
            base = ja ? "待機終了: \(title)" : "Wait ended: \(title)"
        }
        guard let reason, !reason.isEmpty else { return base }
        return base + (ja ? "（理由: \(reason)）" : " (reason: \(reason))")
    }

    func stepUnable(_ title: String, reason: String) -> String {
        ja ? "できない: \(title)（理由: \(reason)）" : "Could not do: \(title) (reason: \(reason))"
    }

    func milestoneReached(_ label: String) -> String {
        ja ? "節目に到達: \(label)" : "Milestone reached: \(label)"
    }

    func evidenceSaved(item: String, _ registration: EvidenceRegistration) -> String {
        let what =
            registration.description.isEmpty
            ? (registration.file?.path ?? "") : registration.description
        return ja
            ? "証拠 \(item) を登録: \(what)（保管: \(registration.custodian)）"
            : "Evidence \(item) registered: \(what) (held by \(registration.custodian))"
    }

    func noteAdded(_ title: String, note: String) -> String {
        ja ? "メモ（\(title)）: \(note)" : "Note (\(title)): \(note)"
    }

    func stepBack(from: String, to: String) -> String {
        ja ? "戻る: \(from) → \(to)" : "Back: \(from) -> \(to)"
    }

    func runPaused(_ title: String) -> String {
        ja ? "一時停止: \(title)" : "Paused at: \(title)"
    }

    func runResumed(_ title: String) -> String {
        ja ? "再開: \(title)" : "Resumed at: \(title)"
    }

    func runEnded(_ title: String, outcome: RunOutcome, reason: String?) -> String {
        let base =
            ja
            ? "終了（\(Self.outcomeName(outcome, language: language))）: \(title)"
            : "Ended (\(outcome.rawValue)): \(title)"
        guard let reason, !reason.isEmpty else { return base }
        return base + (ja ? "（理由: \(reason)）" : " (reason: \(reason))")
    }

    /// The outcome as shown to the operator.
    public static func outcomeName(_ outcome: RunOutcome, language: Language) -> String {
        guard language == .japanese else { return outcome.rawValue }
        switch outcome {
        case .resolved: return "完了"
        case .escalated: return "上位へ引き継ぎ"
        case .handedOver: return "引き継ぎ済み"
        case .aborted: return "中止"
        }
    }

    private func noteSuffix(_ note: String?) -> String {
        guard let note, !note.isEmpty else { return "" }
        return ja ? "（メモ: \(note)）" : " (note: \(note))"
    }
}
