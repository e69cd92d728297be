import ActionJournal

/// The language of a document's headings and labels; journal text is shown as written.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// 日本語.
    case japanese = "ja"
    /// English.
    case english = "en"

    /// `ja` for Japanese, anything else English (as `--lang` and `LANG` are read).
    public init(code: String) {
        self = code == "ja" ? .japanese : .english
    }

    /// The same language for the verdict's wording.
    public var verdictLanguage: VerificationVerdict.Language { self == .japanese ? .japanese : .english }
}
