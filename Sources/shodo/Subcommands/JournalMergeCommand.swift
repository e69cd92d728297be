import ArgumentParser
import JournalReports

/// `shodo journal merge JOURNAL... [--format …] [-o FILE] [--excel] [--force]`
struct JournalMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Show or export several terminals' journals as one verified timeline.",
        discussion: """
            Each journal is verified first and its verdict shown at the top. Records are ordered by wall time, \
            then journal id, then seq (a journal's own records keep their order even where its clock stepped back); \
            every row keeps its own journal id and seq. --format as for `journal export`, plus text (the default): \
            the plain timeline of `journal show`. \
            --expect CODE once per journal, in the order given; --key FILE checks the seals of sealed journals.
            """)

    @Argument(help: "The journal files (one per terminal).") var journals: [String]

    @Option(
        help: ArgumentHelp(
            "text, md, html, csv, jsonl, timesketch, timesketch-csv or l2tcsv.", valueName: "FORMAT"
        ))
    var format: JournalExportCommand.Format = .text

    @OptionGroup var destination: JournalExportCommand.OutputOptions

    @OptionGroup var verification: VerificationOptions

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if journals.isEmpty {
            throw ValidationError("give at least one journal file (usually one per terminal).")
        }
        try JournalExportCommand.validate(format: format, destination)
        _ = try verification.codes(journalCount: journals.count)
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        try JournalExportCommand.export(
            journals, format: format, destination, verification: verification,
            language: settings.language)
    }
}
