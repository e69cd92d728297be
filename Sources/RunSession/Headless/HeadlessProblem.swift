import Localization

/// A headless input line that is not an action at all.
public enum HeadlessProblem: Error, Sendable, Hashable {
    case unknownAction(String)
    /// `evidence-file` without a path.
    case evidencePathMissing

    public func message(language: Language) -> String {
        switch self {
        case .unknownAction(let word):
            return language == .japanese
                ? "「\(word)」という操作はありません。使える操作: \(HeadlessCommand.words.joined(separator: ", "))"
                : "Unknown action '\(word)'. Actions: \(HeadlessCommand.words.joined(separator: ", "))"
        case .evidencePathMissing:
            return language == .japanese
                ? "evidence-file にはファイルのパスが必要です: evidence-file パス [説明]"
                : "evidence-file needs the file's path: evidence-file PATH [DESCRIPTION]"
        }
    }
}
