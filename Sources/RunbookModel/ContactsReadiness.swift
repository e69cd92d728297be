import Localization

/// Whether the loaded contacts are the hospital's own and complete, for the IT lead's warning.
///
/// `shodo list`, `shodo validate` and the start screen show `warning` once; a
/// nurse never needs it, the person who installs Shodo does.
public struct ContactsReadiness: Sendable, Hashable {
    /// True when the contacts come from the bundled template, not the hospital's file.
    public var isTemplate: Bool
    /// The ids of contacts with a number still to fill in, in file order.
    public var unfilledIDs: [String]

    /// The readiness of `contacts`; `isTemplate` when they were read from the bundled template.
    public init(contacts: [Contact], isTemplate: Bool) {
        self.isTemplate = isTemplate
        self.unfilledIDs = contacts.filter(\.hasUnfilledPhone).map(\.id)
    }

    /// Most ids named in the warning before "and N more".
    public static let namedIDLimit = 3

    /// The warning, or nil when the contacts are the hospital's own and have no blanks.
    public var warning: LocalizedText? {
        guard isTemplate || !unfilledIDs.isEmpty else { return nil }
        let named = unfilledIDs.prefix(Self.namedIDLimit).joined(separator: ", ")
        let more = unfilledIDs.count - min(unfilledIDs.count, Self.namedIDLimit)
        let japaneseIDs =
            unfilledIDs.isEmpty ? "" : "（番号が空欄: \(named)" + (more > 0 ? " ほか \(more) 件" : "") + "）"
        let englishIDs =
            unfilledIDs.isEmpty
            ? "" : " (blank numbers: \(named)" + (more > 0 ? " and \(more) more" : "") + ")"
        let japaneseSource = isTemplate ? "連絡先が同梱のひな形のままです" : "連絡先ファイルに未記入の番号があります"
        let englishSource =
            isTemplate
            ? "The contacts are still the bundled template" : "The contacts file has blank numbers"
        return LocalizedText([
            Language.japanese.code:
                "情報システム担当へ: \(japaneseSource)\(japaneseIDs)。docs/installing.md を参照。",
            Language.english.code:
                "For the IT lead: \(englishSource)\(englishIDs). See docs/installing.md.",
        ])
    }
}
