import ActionJournal
import ArgumentParser
import JournalReports

/// `shodo journal custody JOURNAL ITEM --to NAME [--note TEXT] [--key FILE]`
struct JournalCustodyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "custody",
        abstract: "Append evidence.transferred: custody of an evidence item handed over.",
        discussion: """
            ITEM is the evidence's number in the journal (E1, E2…, as the review pack lists it). The record names \
            who held it (from the journal), who holds it now (--to) and a note (where it went, the envelope's seal \
            number…). The journal must verify and not be in use; a sealed journal needs --key FILE (K_0).
            """)

    @Argument(help: "The journal file.") var journal: String
    @Argument(help: "The evidence item, e.g. E1.") var item: String
    @Option(help: ArgumentHelp("Who takes the item over.", valueName: "NAME")) var to: String
    @Option(help: ArgumentHelp("Where it goes, how it was packed…", valueName: "TEXT")) var note =
        ""
    @OptionGroup var reviewer: ReviewerOptions
    @OptionGroup var options: GlobalOptions

    func validate() throws {
        try reviewer.validate(options)
        if to.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--to needs the name of who takes the item.")
        }
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        let target = ReviewerRecords.Target(
            path: journal, reviewer: reviewer.name(options) ?? "", keyFile: reviewer.key,
            clock: LivePorts.clock())
        do throws(JournalError) {
            let record = try EvidenceCustody.transfer(
                target, item: item.uppercased(), to: to, note: note, language: settings.language)
            StandardStreams.output(
                "custody of \(item.uppercased()) recorded in \(journal): seq \(record.seq), verification code \(record.verificationCode)"
            )
        } catch {
            StandardStreams.error("not recorded: \(error.description)")
            throw ExitCode(1)
        }
    }
}
