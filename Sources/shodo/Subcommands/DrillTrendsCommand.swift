import ArgumentParser
import Foundation
import JournalReports

/// `shodo drill trends [DIR...] [-o FILE]`
struct DrillTrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract:
            "Each milestone's drill-clock time across drills, by scenario version, runbook version and team.",
        discussion: """
            Reads the DRILL-*.jsonl journals in each directory (default: the journal directory), each file once. \
            Prints a compact table (one line per scenario version, milestone and runbook version: target, number \
            of drills, median, every drill's team and time); with -o FILE.html, one HTML file with a chart per \
            milestone: every point, the target, each runbook version's median, and where the runbook version changed. \
            Scenario versions are never put together.
            """)

    @Argument(help: "Directories holding drill journals (default: the journal directory).")
    var directories: [String] = []

    @OptionGroup var destination: DrillOutputOptions

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let paths = try DrillRegisterCommand.drillJournals(directories, settings: settings)
        let trends = DrillTrends(paths: paths)
        for problem in trends.skipped { StandardStreams.error("skipped: \(problem)") }
        let language = settings.language
        do throws(ReportError) {
            let file = try ExportDestination.open(
                destination.output, force: destination.force, journals: paths)
            if destination.isHTML {
                let options = ExportOptions(
                    language: language, generatedAt: JournalExportCommand.nowText())
                try trends.writeHTML(options: options, to: file)
            } else {
                try file.write(trends.table(language: language).joined(separator: "\n") + "\n")
                try file.commit()
            }
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }
}
