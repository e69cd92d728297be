import ArgumentParser
import Foundation
import JournalReports

/// `shodo drill register [DIR...] [-o FILE] [--format html|csv|md] [--today YYYY-MM-DD]`
struct DrillRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract:
            "Every drill held, one row each, with its improvement items open, closed and overdue.",
        discussion: """
            Reads the DRILL-*.jsonl journals in each directory (default: the journal directory), each file once. \
            At the top: the date of the last drill and whether a year has passed without one. HTML prints one A4 \
            page per year; CSV has one row per drill.
            """)

    /// What `--format` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, csv, md
    }

    @Argument(help: "Directories holding drill journals (default: the journal directory).")
    var directories: [String] = []

    @OptionGroup var destination: DrillOutputOptions

    @Option(
        help: ArgumentHelp(
            "html, csv or md (default: by the -o extension, else md).", valueName: "html|csv|md"))
    var format: Format?

    @Option(
        help: ArgumentHelp(
            "The date overdue items and the year without a drill are judged against (default: today).",
            valueName: "YYYY-MM-DD"))
    var today: String?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        try DrillReportCommand.validateDate(today, option: "--today")
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        let paths = try Self.drillJournals(directories, settings: settings)
        let register = DrillRegister(paths: paths, today: today ?? DrillReportCommand.todayText())
        for problem in register.skipped { StandardStreams.error("skipped: \(problem)") }
        do throws(ReportError) {
            let file = try ExportDestination.open(
                destination.output, force: destination.force, journals: paths)
            let options = ExportOptions(
                language: settings.language, generatedAt: JournalExportCommand.nowText(),
                hospitalName: settings.configuration?.hospitalName)
            try register.write(registerFormat, options: options, to: file)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }

    private var registerFormat: RegisterFormat {
        if let format { return RegisterFormat(rawValue: format.rawValue) ?? .markdown }
        if destination.output?.lowercased().hasSuffix(".csv") == true { return .csv }
        return destination.isHTML ? .html : .markdown
    }

    /// The `DRILL-*.jsonl` files directly in each directory (default: the journal directory), by name.
    static func drillJournals(_ directories: [String], settings: Settings) throws -> [String] {
        var paths: [String] = []
        for directory in directories.isEmpty ? [settings.journalDirectory] : directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                StandardStreams.error("cannot read the directory \(directory); check the path.")
                throw ExitCode(1)
            }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            paths += names.filter { $0.hasPrefix("DRILL-") && $0.hasSuffix(".jsonl") }.sorted().map
            { prefix + $0 }
        }
        return paths
    }
}
