import Localization

/// The values of the global options (docs/cli.md "Options every running command takes"),
/// however they were read: by
/// ArgumentParser (`GlobalOptions`) or by `QuickStartArguments`.
struct GlobalOptionValues: Equatable {
    var runbookDirectories: [String] = []
    var contactsFile: String?
    var journalDirectory: String?
    var journalFile: String?
    var operatorName: String?
    var language: Language?
    var configFile: String?

    /// What is wrong with the values, in ArgumentParser's words; nil when nothing is.
    var problem: String? {
        // Blank as Foundation's `.whitespaces` means it: tabs and Unicode space separators (U+3000 too).
        if let operatorName,
            operatorName.unicodeScalars.allSatisfy({
                $0 == "\t" || $0.properties.generalCategory == .spaceSeparator
            })
        {
            return "--operator needs a name (the person acting, as it goes into the journal)."
        }
        return nil
    }
}
