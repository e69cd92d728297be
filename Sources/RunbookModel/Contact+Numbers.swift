import Localization

/// Which of a contact's numbers can be dialled, and what to do when none can.
///
/// The contacts template writes a number still to be filled in as a run of
/// underscores (`内線 ____ (要記入 / fill in)`); such a string is a blank, never a
/// number, wherever it is shown.
extension Contact {
    /// Underscores in a row that mark a number as not filled in.
    public static let blankMarkerLength = 3

    /// Whether `phone` is a blank still to be filled in (it holds three or more underscores in a row).
    public static func isUnfilled(phone: String) -> Bool {
        var run = 0
        for character in phone {
            run = character == "_" ? run + 1 : 0
            if run >= blankMarkerLength { return true }
        }
        return false
    }

    /// The numbers that can be dialled, in file order (blanks and empty strings left out).
    public var usablePhones: [String] {
        phones.filter { !Self.isUnfilled(phone: $0) && !$0.allSatisfy(\.isWhitespace) }
    }

    /// Whether any number of the entry is still a blank to fill in.
    public var hasUnfilledPhone: Bool {
        phones.contains { Self.isUnfilled(phone: $0) }
    }

    /// What to do instead of dialling, shown where a contact has no usable number;
    /// `name` is the contact as the operator reads it.
    public static func noNumberAdvice(name: String) -> LocalizedText {
        LocalizedText([
            Language.japanese.code:
                "番号が登録されていません。院内の緊急連絡表（内線表）で「\(name)」の番号を探してください。見つからなければ、当直責任者に聞いてください。",
            Language.english.code:
                "No number is on file. Look up \"\(name)\" on the hospital's emergency contact list (extension list). If it is not there, ask the duty manager.",
        ])
    }
}
