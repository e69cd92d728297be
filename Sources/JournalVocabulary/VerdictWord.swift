import Localization

/// A journal's verification verdict in a few words, in English and Japanese: the
/// `journal_verdict` of every exported row (English) and the journal browser's verdict
/// column (the operator's language). The one place these words are spelled; the full
/// sentences (what was checked and what was not) are `VerificationVerdict`'s.
public struct VerdictWord: Sendable, Hashable {
    /// The words in English.
    public let english: String
    /// The words in Japanese.
    public let japanese: String

    /// The words in `language`.
    public func text(_ language: Language) -> String { language == .japanese ? japanese : english }

    /// The chain broke at `line`: it and every line after it are unproven.
    public static func notIntact(fromLine line: Int) -> VerdictWord {
        VerdictWord(english: "NOT INTACT: line \(line)", japanese: "NG \(line)行目から")
    }

    /// Every line verified, but none has the verification code given: mistyped, or the end was cut.
    public static let noLineHasCode = VerdictWord(
        english: "NOT INTACT: no line has this code", japanese: "NG コード不一致")

    /// The file could not be read or checked at all.
    public static let unreadable = VerdictWord(english: "NOT INTACT", japanese: "NG")

    /// The chain and, with a code, the end through the last line were proven.
    public static let endChecked = VerdictWord(english: "OK, end checked", japanese: "OK 末尾確認済")

    /// The chain is intact; the end was not checked (no code given, or it covers only part).
    public static let chainOnly = VerdictWord(english: "chain OK; no code", japanese: "連鎖OK 末尾未確認")

}
