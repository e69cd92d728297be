import ArgumentParser
import DocumentMarkup
import Foundation
import RunbookModel
import RunbookPrinting

/// `shodo print RUNBOOK_ID [--format md|html] [-o FILE] [--force]`: the runbook
/// as a printable document for the paper binder (docs/cli.md).
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a runbook for the paper binder: every step, branch, caution and contact.",
        discussion: """
            For the night the terminal itself is down. Included runbooks follow as appendices; \
            each step has blanks for the time and initials. Contacts come from --contacts or the config.
            """)

    @Argument(
        help: ArgumentHelp(
            "The runbook to print (`shodo list` shows the ids).", valueName: "RUNBOOK_ID"))
    var runbookID: String

    @Option(
        help: ArgumentHelp(
            "md (Markdown) or html (one self-contained file laid out for A4).", valueName: "md|html"
        ))
    var format: DocumentFormat = .markdown

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Overwrite the -o file when it already exists.")
    var force = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("-o: \(output) already exists; add --force to overwrite it.")
        }
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        let library = try LibraryLoading.load(settings, strict: false)
        guard let runbook = library.runbook(runbookID) else {
            StandardStreams.error(
                settings.language == .japanese
                    ? "手順書「\(runbookID)」は読み込まれていません。`shodo list` で ID を確認してください。"
                    : "no runbook '\(runbookID)' is loaded; `shodo list` shows the ids.")
            throw ExitCode(2)
        }
        let printer = RunbookPrinter(
            library: library, language: settings.language,
            programVersion: Shodo.configuration.version,
            printedOn: DrillReportCommand.todayText(),
            contactsFromTemplate: settings.usesContactsTemplate)
        let document = printer.document(for: runbook, format: format)
        guard let output else {
            StandardStreams.write(document, to: STDOUT_FILENO)
            return
        }
        do {
            // Without --force, the file is created exclusively: a file that
            // appeared after validate() is still not overwritten.
            try Data(document.utf8).write(
                to: URL(fileURLWithPath: output), options: force ? [.atomic] : [.withoutOverwriting]
            )
        } catch {
            StandardStreams.error(
                settings.language == .japanese
                    ? "\(output) に書き込めません: \(error.localizedDescription)"
                    : "cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
