import Localization

/// `--lang VALUE`: exactly `ja` or `en` (`Language(code:)`); anything else stops
/// the command with exit status 2 and says which value was wrong.
enum LanguageOption {
    /// A value of `--lang` that is not a language Shodo speaks.
    struct Unknown: Error, CustomStringConvertible {
        let value: String
        var description: String {
            "unknown language '\(value)'; Shodo speaks \(Language.codes.joined(separator: " or "))"
        }
    }

    /// The language `value` names.
    static func parse(_ value: String) throws -> Language {
        guard let language = Language(code: value) else { throw Unknown(value: value) }
        return language
    }
}
