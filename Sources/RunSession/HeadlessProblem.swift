/// A headless input line that is not an action at all.
public enum HeadlessProblem: Error, Sendable, Hashable {
    case unknownAction(String)

    public func message(language: String) -> String {
        switch self {
        case .unknownAction(let word):
            return language == "ja"
                ? "「\(word)」という操作はありません。使える操作: \(HeadlessCommand.words.joined(separator: ", "))"
                : "Unknown action '\(word)'. Actions: \(HeadlessCommand.words.joined(separator: ", "))"
        }
    }
}
