import ActionJournal
import ArgumentParser
import Foundation
import Localization
import RunbookLoading
import RunbookModel

/// What one invocation works with, from the options, the config file and the
/// environment, in that order of precedence.
struct Settings {
    var language: Language
    var runbookDirectories: [String]
    var contactsFiles: [String]
    var journalDirectory: String
    var journalFile: String?
    var operatorName: String?
    var configuration: ShodoConfiguration?
    /// True when the contacts come from the bundled template, not the hospital.
    var usesContactsTemplate: Bool
    /// The warning for the IT lead when the contacts are the template or have blanks
    /// (`ContactsReadiness`), in the settings' language; nil when they are ready.
    func contactsWarning(for library: RunbookLibrary) -> String? {
        ContactsReadiness(contacts: library.contacts, isTemplate: usesContactsTemplate).warning?
            .resolved(preferred: language, fallback: Language.english.code)
    }

    /// The process environment, read once: every part of a start needs it, and
    /// Foundation builds the dictionary anew on every read.
    var environment: [String: String]

    /// Where the program keeps its files, per the environment's XDG variables.
    var directories: ShodoDirectories { ShodoDirectories(environment: environment) }

    static func resolve(
        _ options: GlobalOptions,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Settings {
        try resolve(options.values, environment: environment)
    }

    static func resolve(
        _ options: GlobalOptionValues,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Settings {
        let configuration = try loadConfiguration(options, environment: environment)
        let language =
            options.language ?? configuration?.defaultLanguage
            ?? Language(readingCode: environment["LANG"])
        var directories = BundledContent.runbookDirectories(environment: environment)
        directories += configuration?.runbookDirectories ?? []
        directories += options.runbookDirectories
        var contacts: [String] = []
        var template = false
        if let file = options.contactsFile ?? configuration?.contactsFile {
            contacts = [file]
        } else if let example = BundledContent.contactsTemplate(environment: environment) {
            contacts = [example]
            template = true
        }
        let journalDirectory =
            options.journalDirectory ?? configuration?.journalDirectory
            ?? ShodoDirectories(environment: environment).journals
        return Settings(
            language: language, runbookDirectories: directories, contactsFiles: contacts,
            journalDirectory: journalDirectory, journalFile: options.journalFile,
            operatorName: options.operatorName,
            configuration: configuration, usesContactsTemplate: template, environment: environment)
    }

    /// `--config FILE`, else `$XDG_CONFIG_HOME/shodo/config.yaml` when present.
    /// A bad file is reported like a bad runbook and stops the program (exit 2).
    private static func loadConfiguration(
        _ options: GlobalOptionValues, environment: [String: String]
    ) throws
        -> ShodoConfiguration?
    {
        let path: String
        if let given = options.configFile {
            guard FileManager.default.fileExists(atPath: given) else {
                throw ValidationError("--config: no such file: \(given)")
            }
            path = given
        } else {
            let implicit = ShodoDirectories(environment: environment).configuration + "/config.yaml"
            guard FileManager.default.fileExists(atPath: implicit) else { return nil }
            path = implicit
        }
        let (configuration, diagnostics) = RunbookLoader().loadConfiguration(path: path)
        Diagnostics.print(diagnostics)
        guard let configuration, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw ExitCode(2)
        }
        return configuration
    }
}
