import ActionJournal
import ArgumentParser
import Foundation
import JournalReports
import Localization
import Notation

/// `shodo journal export JOURNAL --format md|html|csv|jsonl|timesketch|timesketch-csv|l2tcsv [-o FILE] [--excel] [--force]`
struct JournalExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export a journal as a report (md, html) or a forensic timeline (csv, jsonl, timesketch, l2tcsv).",
        discussion: """
            Every row carries seq, the journal id and the record hash; the first row (or the top of the report) \
            states the verification verdict and the first bad line. A journal that does not verify is exported all \
            the same and nothing is repaired; rows from the first bad line on are marked UNPROVEN. The verdict says \
            what was checked: the chain always, the end only with --expect CODE, the seals only with --key FILE. Machine formats give `datetime` in UTC with an explicit +00:00 offset \
            and `timestamp` in microseconds; `local_datetime` and the reports use the operator's offset (tz).
            timesketch writes JSON Lines, or CSV when -o ends in .csv (timesketch-csv always writes CSV). \
            --excel (CSV formats) adds the UTF-8 byte order mark and CRLF line ends for Japanese Excel.
            """)

    /// What `--format` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, jsonl, timesketch
        case timesketchCSV = "timesketch-csv"
        case l2tcsv, text
    }

    @Argument(help: "The journal file.") var journal: String

    @Option(
        help: ArgumentHelp(
            "md, html, csv, jsonl, timesketch, timesketch-csv or l2tcsv.", valueName: "FORMAT"))
    var format: Format

    /// Where and how an export is written; shared with `journal merge`.
    struct OutputOptions: ParsableArguments {
        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Flag(
            help:
                "CSV for Japanese Excel: UTF-8 byte order mark and CRLF (every CSV has formula-like cells prefixed with ')."
        )
        var excel = false

        @Flag(help: "Overwrite the -o file when it already exists.")
        var force = false
    }

    @OptionGroup var destination: OutputOptions

    @OptionGroup var verification: VerificationOptions

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        try Self.validate(format: format, destination)
        _ = try verification.codes(journalCount: 1)
        if format == .text {
            throw ValidationError(
                "--format text is for `shodo journal merge`; use md for a readable export.")
        }
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        try Self.export(
            [journal], format: format, destination, verification: verification,
            language: settings.language)
    }

    /// Checks shared by `export` and `merge`.
    static func validate(format: Format, _ destination: OutputOptions) throws {
        let output = destination.output
        if destination.excel, !exportFormat(format, output: output).isCSV {
            throw ValidationError(
                "--excel applies to CSV formats only (csv, timesketch-csv, l2tcsv, timesketch with -o FILE.csv)."
            )
        }
        if let output, format == .timesketch || format == .timesketchCSV,
            !output.hasSuffix(".jsonl"), !output.hasSuffix(".csv")
        {
            throw ValidationError(
                "-o: Timesketch imports only files ending in .jsonl or .csv, not '\(output)'.")
        }
        if let output, format == .timesketchCSV, output.hasSuffix(".jsonl") {
            throw ValidationError(
                "-o: --format timesketch-csv writes CSV, which Timesketch would not read from '\(output)'; "
                    + "end the file in .csv, or use --format timesketch for JSON Lines.")
        }
        if let output, !destination.force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("-o: \(output) already exists; add --force to overwrite it.")
        }
    }

    /// The module's format for `format`; `timesketch` is CSV when the output ends in `.csv`.
    static func exportFormat(_ format: Format, output: String?) -> ExportFormat {
        switch format {
        case .md: return .markdown
        case .html: return .html
        case .csv: return .csv
        case .jsonl: return .jsonl
        case .timesketch: return output?.hasSuffix(".csv") == true ? .timesketchCSV : .timesketch
        case .timesketchCSV: return .timesketchCSV
        case .l2tcsv: return .l2tcsv
        case .text: return .text
        }
    }

    /// Verifies `journals`, writes them as one timeline, and says on standard error what a
    /// reader must know: journals that do not verify, lines that could not be read.
    static func export(
        _ journals: [String], format: Format, _ destination: OutputOptions,
        verification: VerificationOptions, language: Language
    ) throws {
        let sources = try verification.openSources(journals)
        do throws(ReportError) {
            let output = try ExportDestination.open(
                destination.output, force: destination.force, journals: journals)
            let options = ExportOptions(
                excel: destination.excel, language: language, generatedAt: nowText())
            let summary = try TimelineExport.write(
                sources, format: exportFormat(format, output: destination.output), options: options,
                to: output)
            if summary.unreadableLineCount > 0 {
                StandardStreams.error(
                    "warning: \(summary.unreadableLineCount) line(s) were not readable records and were left out"
                )
            }
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Now in the local offset, for the footer of a document.
    static func nowText() -> String {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
        let offset =
            UTCOffset(parsing: LivePorts.machineFacts.utcOffset(atWallSeconds: now / 1_000_000))
            ?? .utc
        return CivilTime(microseconds: now, offset: offset).readableText
    }
}
