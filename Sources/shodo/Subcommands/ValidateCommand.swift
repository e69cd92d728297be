import ArgumentParser
import RunbookLoading

/// `shodo validate [PATH ...]`
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Check runbooks, contacts and scenario files; every problem as FILE:LINE:COLUMN: error: MESSAGE.",
        discussion: """
            Without PATH, checks everything loaded. With PATHs, checks exactly those files, loaded together with the
            other runbooks and contacts so includes and contact ids may refer to them. Exit status 0 valid, 1 errors.
            """)

    @Argument(help: "Files to check (default: every loaded runbook and contacts file).") var paths:
        [String] = []
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let loader = RunbookLoader()
        let result =
            paths.isEmpty
            ? loader.load(
                directories: settings.runbookDirectories, contactsFiles: settings.contactsFiles)
            : loader.validate(
                paths: paths, context: settings.runbookDirectories,
                contactsFiles: settings.usesContactsTemplate ? [] : settings.contactsFiles,
                fallbackContactsFiles: settings.usesContactsTemplate ? settings.contactsFiles : [])
        for diagnostic in result.diagnostics {
            StandardStreams.output(diagnostic.description)
        }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        if let warning = settings.contactsWarning(for: result.library) {
            StandardStreams.error(warning)
        }
        StandardStreams.error(
            "\(result.checkedFileCount) files checked: \(errors) errors, \(warnings) warnings")
        if result.hasErrors { throw ExitCode(1) }
    }
}
