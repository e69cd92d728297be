import ActionJournal
import Localization
import RunEngine
import RunbookModel

/// Why a session could not start, resume or record an action.
public enum SessionError: Error, Sendable, CustomStringConvertible {
    /// The engine refused the action; nothing was journaled.
    case refused(ActionRefusal)
    /// The journal could not be written; the session refuses every later action.
    case journalFailed(JournalError)
    /// An earlier write failed; nothing more is accepted in this session.
    case sessionFailed(String)
    case runbookNotFound(RunbookID)
    /// The journal has no `run.started` record to resume from.
    case notARun(path: String)
    /// The journal's run has already ended: there is nothing to resume.
    case runAlreadyEnded(path: String, outcome: String)
    /// The journal's records do not replay against the loaded runbooks.
    case replayFailed(path: String, RunReplay.Problem)
    case noUnfinishedRun(directory: String)
    /// A file given as evidence could not be hashed; nothing was journaled.
    case evidenceFile(EvidenceFileDigest.Problem)
    /// A `run: local` command was not run; nothing was journaled.
    case localRunRefused(LocalRunRefusal)
    /// A `run: local` command could not be started or its output not saved; nothing was journaled.
    case localCommand(LocalCommand.Problem)
    /// A drill action that cannot be taken now (an inject not waiting, no hot-wash question left);
    /// the words are already in the operator's language. Nothing was journaled.
    case drillRefused(String)

    public var description: String { message(language: .english) }

    /// The message for the operator in `language`.
    public func message(language: Language) -> String {
        let ja = language == .japanese
        switch self {
        case .refused(let refusal):
            return refusal.message(language: language)
        case .journalFailed(let error):
            return ja
                ? "記録（ジャーナル）を書き込めません。これ以上の操作は受け付けません: \(error)"
                : "The journal cannot be written; no further actions are accepted: \(error)"
        case .sessionFailed(let detail):
            return ja
                ? "記録の書き込みに失敗したため、操作を受け付けません: \(detail)"
                : "A journal write failed earlier; no further actions are accepted: \(detail)"
        case .runbookNotFound(let id):
            return ja
                ? "手順書「\(id)」が見つかりません。`shodo list` で一覧を確認してください。"
                : "No runbook '\(id)' is loaded. See `shodo list` for the ids."
        case .notARun(let path):
            return ja
                ? "\(path) には実行の記録（run.started）がありません。"
                : "\(path) holds no run (no run.started record)."
        case .runAlreadyEnded(let path, let outcome):
            return ja
                ? "\(path) の実行はすでに終了しています（\(outcome)）。"
                : "The run in \(path) has already ended (\(outcome)); there is nothing to resume."
        case .replayFailed(let path, let problem):
            return "\(path): \(problem.message(language: language))"
        case .evidenceFile(let problem):
            return problem.message(language: language)
        case .localRunRefused(let refusal):
            return refusal.message(language: language)
        case .localCommand(let problem):
            return problem.message(language: language)
        case .noUnfinishedRun(let directory):
            return ja
                ? "\(directory) に再開できる実行はありません。"
                : "There is no unfinished run in \(directory)."
        case .drillRefused(let words):
            return words
        }
    }
}
