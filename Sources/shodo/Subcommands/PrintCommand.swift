import ArgumentParser
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

    /// What `--format` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html

        var printFormat: PrintFormat {
            switch self {
            case .md: .markdown
            case .html: .html
            }
        }
    }

    @Argument(help: ArgumentHelp("The runbook to print (`shodo list` shows the ids).", valueName: "RUNBOOK_ID"))
    var runbookID: String

    @Option(help: ArgumentHelp("md (Markdown) or html (one self-contained file laid out for A4).", valueName: "md|html"))
    var format: Format = .md

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
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
            library: library, language: settings.language, programVersion: Shodo.configuration.version,
            printedOn: Self.today(), contactsFromTemplate: settings.usesContactsTemplate)
        let document = printer.document(for: runbook, format: format.printFormat)
        guard let output else {
            StandardStreams.write(document, to: STDOUT_FILENO)
            return
        }
        do {
            // Without --force, the file is created exclusively: a file that
            // appeared after validate() is still not overwritten.
            try Data(document.utf8).write(
                to: URL(fileURLWithPath: output), options: force ? [.atomic] : [.withoutOverwriting])
        } catch {
            StandardStreams.error(
                settings.language == .japanese
                    ? "\(output) に書き込めません: \(error.localizedDescription)"
                    : "cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// Local date as `YYYY-MM-DD`, for the footer of the printout.
    private static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
