/// The language Shodo speaks to a person in: its own words on screens, in
/// messages, in the journal's `msg`, in document labels.
///
/// Shodo's own words exist in Japanese and English only. Runbook texts may come
/// in any language code (`LocalizedText` in RunbookModel keeps those as
/// strings); this type is the operator's choice among Shodo's two.
///
/// Strings become a `Language` here and nowhere else:
/// - `init?(code:)` for a choice a person wrote (`--lang`, the config's `lang`):
///   exactly `ja` or `en`, anything else is a mistake to report;
/// - `init(readingCode:)` for a code nobody chose for Shodo (`LANG`, a journal's
///   `lang` member): the fallback rule, Japanese for `ja…`, English for the rest.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// 日本語.
    case japanese = "ja"
    /// English.
    case english = "en"

    /// The code as options, configuration files and journals write it (`ja`, `en`).
    public var code: String { rawValue }

    /// Exactly `ja` or `en`; nil for anything else.
    public init?(code: String) {
        self.init(rawValue: code)
    }

    /// The fallback rule: Japanese for `ja` and any code starting with it
    /// (`ja_JP.UTF-8`, `ja-JP`), English for anything else or nothing.
    public init(readingCode code: String?) {
        self = code?.hasPrefix(Language.japanese.code) == true ? .japanese : .english
    }

    /// The codes a person may write, for messages that list them (`ja, en`).
    public static var codes: [String] { allCases.map(\.code) }
}

extension Language: CustomStringConvertible {
    /// The code, so that interpolating a language writes what a journal or option would.
    public var description: String { code }
}

extension Language: ExpressibleByStringLiteral {
    /// A language written in code (`"ja"`), read by the fallback rule of `init(readingCode:)`.
    public init(stringLiteral value: String) {
        self.init(readingCode: value)
    }
}
