import Localization
import RunbookModel

/// Why an action was not accepted; nothing is journaled for a refused action.
public enum ActionRefusal: Error, Sendable, Hashable {
    case runNotStarted
    case runAlreadyStarted
    case runEnded
    case runPaused
    case runNotPaused
    /// The action does not apply to this kind of step (e.g. `choose` on a check).
    case notValidOnStep(action: String, stepKind: String)
    case reasonRequired(action: String)
    case unknownOption(String, valid: [String])
    case unknownContact(String, valid: [String])
    /// The step lists several contacts and the call did not say which.
    case contactRequired(valid: [String])
    case invalidValue(InputProblem)
    case nothingToGoBack
    case emptyNote
    /// A note, reason or value longer than `OperatorAction.maximumTextBytes`.
    case textTooLong(bytes: Int, limit: Int)
    /// `evidence` was given no description of the item.
    case evidenceDescriptionRequired
    /// The runbook (or an included one) is not loaded.
    case runbookNotLoaded(RunbookID)
    /// The step the run stands at no longer exists (the runbook changed).
    case stepMissing(runbookID: RunbookID, stepID: StepID)

    /// The message shown to the operator, in `language` (`ja` or anything else for English).
    public func message(language: Language) -> String {
        let ja = language == .japanese
        switch self {
        case .runNotStarted:
            return ja ? "まだ開始していません。" : "The run has not started."
        case .runAlreadyStarted:
            return ja ? "この実行はすでに開始しています。" : "The run has already started."
        case .runEnded:
            return ja ? "この実行は終了しています。" : "The run has ended."
        case .runPaused:
            return ja ? "一時停止中です。再開してから操作してください。" : "The run is paused; resume it first."
        case .runNotPaused:
            return ja ? "一時停止していません。" : "The run is not paused."
        case .notValidOnStep(let action, let kind):
            return ja
                ? "「\(action)」はこの手順（\(kind)）では使えません。"
                : "'\(action)' is not valid on this step (kind \(kind))."
        case .reasonRequired(let action):
            return ja ? "「\(action)」には理由が必要です。" : "'\(action)' needs a reason."
        case .unknownOption(let id, let valid):
            return ja
                ? "選択肢「\(id)」はありません。選べるのは: \(valid.joined(separator: ", "))"
                : "There is no option '\(id)'. Valid options: \(valid.joined(separator: ", "))"
        case .unknownContact(let id, let valid):
            return ja
                ? "連絡先「\(id)」はこの手順にありません。あるのは: \(valid.joined(separator: ", "))"
                : "Contact '\(id)' is not on this step. Contacts here: \(valid.joined(separator: ", "))"
        case .contactRequired(let valid):
            return ja
                ? "連絡先が複数あります。どれか指定してください: \(valid.joined(separator: ", "))"
                : "This step lists several contacts; name one: \(valid.joined(separator: ", "))"
        case .invalidValue(let problem):
            return problem.message(language: language)
        case .nothingToGoBack:
            return ja ? "これより前の手順はありません。" : "There is no earlier step to go back to."
        case .evidenceDescriptionRequired:
            return ja
                ? "証拠の説明を書いてください（例: 画面の写真 3 枚、印刷した 40 ページの封筒）。"
                : "Describe the evidence (e.g. three photos of the screen, an envelope of 40 printed pages)."
        case .emptyNote:
            return ja ? "メモが空です。" : "The note is empty."
        case .textTooLong(let bytes, let limit):
            return ja
                ? "入力が長すぎます（\(bytes) バイト、上限 \(limit) バイト）。短くして入力し直してください。何も記録していません。"
                : "The text is too long (\(bytes) bytes, at most \(limit)). Shorten it and enter it again; nothing was recorded."
        case .runbookNotLoaded(let id):
            return ja ? "手順書「\(id)」が読み込まれていません。" : "Runbook '\(id)' is not loaded."
        case .stepMissing(let runbookID, let stepID):
            return ja
                ? "手順書「\(runbookID)」に手順「\(stepID)」がありません（手順書が変更された可能性があります）。"
                : "Runbook '\(runbookID)' has no step '\(stepID)' (the runbook may have changed)."
        }
    }
}
