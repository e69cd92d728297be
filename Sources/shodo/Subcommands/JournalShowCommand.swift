import ArgumentParser

/// `shodo journal show JOURNAL [--expect CODE] [--key FILE]`: the plain-text timeline of
/// one journal, exactly what `shodo journal merge JOURNAL` prints (`ExportFormat.text`).
struct JournalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a journal as a readable timeline, with its verification verdict first.",
        discussion: """
            The verdict says what was checked: the chain always, the end only with --expect CODE, the seals only \
            with --key FILE. Lines from the first bad line on are marked with ! before their seq (unproven). \
            The same text as `shodo journal merge JOURNAL`.
            """)

    @Argument(help: "The journal file.") var journal: String

    @OptionGroup var verification: VerificationOptions

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        _ = try verification.codes(journalCount: 1)
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        try JournalExportCommand.export(
            [journal], format: .text, try JournalExportCommand.OutputOptions.parse([]),
            verification: verification,
            language: settings.language)
    }
}
