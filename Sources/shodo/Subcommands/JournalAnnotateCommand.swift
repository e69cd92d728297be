import ActionJournal
import ArgumentParser
import JournalReports

/// `shodo journal annotate JOURNAL SEQ [--tag TAG]... [--comment TEXT] [--key FILE]`
struct JournalAnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Append review.annotated: the reviewer's tags and comment on one record.",
        discussion: """
            The journal must verify and not be in use. A sealed journal needs --key FILE (K_0): the record is MACed \
            with the journal's current epoch key, derived from it, and closed with a seal. Tags appear in the review \
            pack and in the Timesketch export's tag column.
            """)

    @Argument(help: "The journal file.") var journal: String
    @Argument(help: "The seq of the record to annotate (as `journal show` lists it).") var seq: Int
    @Option(
        name: .customLong("tag"),
        help: ArgumentHelp("A tag (repeatable), e.g. --tag suspicious.", valueName: "TAG"))
    var tags: [String] = []
    @Option(help: ArgumentHelp("The reviewer's comment on the record.", valueName: "TEXT"))
    var comment = ""
    @OptionGroup var reviewer: ReviewerOptions
    @OptionGroup var options: GlobalOptions

    func validate() throws {
        try reviewer.validate(options)
        if seq < 0 {
            throw ValidationError("SEQ is a record's seq, 0 or more (see `shodo journal show`).")
        }
        if tags.isEmpty, comment.isEmpty {
            throw ValidationError("give at least one --tag TAG or a --comment TEXT.")
        }
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        let target = ReviewerRecords.Target(
            path: journal, reviewer: reviewer.name(options) ?? "", keyFile: reviewer.key,
            clock: LivePorts.clock())
        do throws(JournalError) {
            let record = try ReviewAnnotation.annotate(
                target, referencedSeq: seq, tags: tags, comment: comment,
                language: settings.language)
            StandardStreams.output(
                "annotated \(journal): seq \(record.seq), verification code \(record.verificationCode)"
            )
        } catch {
            StandardStreams.error("not annotated: \(error.description)")
            throw ExitCode(1)
        }
    }
}
