import Localization

/// Human-readable words in one or more languages: a runbook "Text".
///
/// A plain YAML string becomes a text in the runbook's default language; a map
/// becomes one entry per language code. Order of languages is irrelevant.
public struct LocalizedText: Sendable, Hashable {
    /// Language code (`ja`, `en`, ...) to the words in that language.
    public var translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// A text with words in a single language.
    public init(_ text: String, language: String) {
        self.translations = [language: text]
    }

    /// The language of a runbook's (or scenario's, or principles file's) plain
    /// strings when it declares no `lang`.
    public static let defaultLanguage = Language.japanese.code

    /// The languages this text provides, sorted for stable output.
    public var languages: [String] { translations.keys.sorted() }

    /// The words to show: the preferred language, else the fallback (the
    /// runbook's `lang`), else any language present (alphabetically first,
    /// so the choice is stable).
    public func resolved(preferred: String, fallback: String) -> String {
        if let text = translations[preferred] { return text }
        if let text = translations[fallback] { return text }
        for language in languages {
            if let text = translations[language] { return text }
        }
        return ""
    }

    /// The words to show to an operator who reads `language`, else the fallback
    /// (the runbook's `lang`), else any language present.
    public func resolved(preferred language: Language, fallback: String) -> String {
        resolved(preferred: language.code, fallback: fallback)
    }

    /// The same text with `transform` applied to every language's words.
    public func mapText(_ transform: (String) -> String) -> LocalizedText {
        LocalizedText(translations.mapValues(transform))
    }
}
