import ArgumentParser
import Localization

/// The options every running command takes (docs/cli.md "Options every running command takes").
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("runbooks"),
        help: ArgumentHelp(
            "A directory of the hospital's own runbooks, added to the bundled ones (repeatable).",
            valueName: "DIR"))
    var runbookDirectories: [String] = []

    @Option(
        name: .customLong("contacts"),
        help: ArgumentHelp("The hospital's contacts file.", valueName: "FILE"))
    var contactsFile: String?

    @Option(
        name: .customLong("journal-dir"),
        help: ArgumentHelp(
            "Where journals are written (default $XDG_STATE_HOME/shodo/journals).", valueName: "DIR"
        ))
    var journalDirectory: String?

    @Option(
        name: .customLong("journal"),
        help: ArgumentHelp("Write the journal exactly to this file.", valueName: "FILE"))
    var journalFile: String?

    @Option(
        name: .customLong("operator"),
        help: ArgumentHelp(
            "The operator's name, as it goes into the journal (asked for when absent).",
            valueName: "NAME"))
    var operatorName: String?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of what is shown and journaled: ja or en (default: config, then LANG).",
            valueName: "ja|en"),
        transform: LanguageOption.parse)
    var language: Language?

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "Settings file (default $XDG_CONFIG_HOME/shodo/config.yaml when present).",
            valueName: "FILE"))
    var configFile: String?

    /// The parsed values, for code that does not care how they were read.
    var values: GlobalOptionValues {
        GlobalOptionValues(
            runbookDirectories: runbookDirectories, contactsFile: contactsFile,
            journalDirectory: journalDirectory,
            journalFile: journalFile, operatorName: operatorName, language: language,
            configFile: configFile)
    }

    func validate() throws {
        if let problem = values.problem { throw ValidationError(problem) }
    }
}
