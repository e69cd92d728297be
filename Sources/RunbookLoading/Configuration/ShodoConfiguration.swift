import Localization
import RunbookModel

/// The settings file (`--config`, else `$XDG_CONFIG_HOME/shodo/config.yaml`).
///
/// Every member is optional: a command-line option wins over the file, the file
/// over the built-in default. The program's settings, not part of what a runbook is:
/// it lives beside its parser (`ConfigurationParser`), read with the runbooks' YAML rules
/// and diagnostics, and only `shodo` uses it.
public struct ShodoConfiguration: Sendable, Hashable {
    public var hospitalName: String?
    /// Directories of the hospital's own runbooks, added to the bundled ones.
    public var runbookDirectories: [String]
    public var contactsFile: String?
    public var journalDirectory: String?
    /// `ja` or `en`.
    public var defaultLanguage: Language?
    /// Replaces the bundled first principles on the triage screen when set.
    public var firstPrinciples: [LocalizedText]?
    /// Where the file was read from, for messages.
    public var sourcePath: String?

    public init(
        hospitalName: String? = nil, runbookDirectories: [String] = [], contactsFile: String? = nil,
        journalDirectory: String? = nil, defaultLanguage: Language? = nil,
        firstPrinciples: [LocalizedText]? = nil, sourcePath: String? = nil
    ) {
        self.hospitalName = hospitalName
        self.runbookDirectories = runbookDirectories
        self.contactsFile = contactsFile
        self.journalDirectory = journalDirectory
        self.defaultLanguage = defaultLanguage
        self.firstPrinciples = firstPrinciples
        self.sourcePath = sourcePath
    }
}
