import ArgumentParser
import DocumentMarkup
import Foundation
import JournalReports
import Notation
import RunbookModel

/// `shodo drill report JOURNAL... [-o FILE] [--format md|html] [--today YYYY-MM-DD]`
struct DrillReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The after-action report and improvement plan (AAR/IP) of drill journals.",
        discussion: """
            Each drill on its own pages, every page marked 訓練記録 — 実際のインシデントではありません / \
            EXERCISE — NOT A REAL INCIDENT: overview, each expectation's target vs actual time on the drill clock, \
            injects, steps and milestones, deviations, tabletop decisions, observations, hot-wash answers, the \
            improvement plan and the journal's verification. A real incident's journal is refused.
            """)

    @Argument(help: "The drill journal files (DRILL-…).") var journals: [String]

    @OptionGroup var destination: DrillOutputOptions

    @Option(
        help: ArgumentHelp(
            "md or html (default: html when -o ends in .html, else md).", valueName: "md|html"))
    var format: DocumentFormat?

    @Option(
        help: ArgumentHelp(
            "The date open improvement items are judged overdue against (default: today).",
            valueName: "YYYY-MM-DD"))
    var today: String?

    @OptionGroup var verification: VerificationOptions

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if journals.isEmpty { throw ValidationError("give at least one drill journal file.") }
        _ = try verification.codes(journalCount: journals.count)
        try Self.validateDate(today, option: "--today")
    }

    func run() throws {
        let settings = try Settings.resolve(options)
        let sources = try verification.openSources(journals)
        do throws(ReportError) {
            let report = try DrillReport(sources: sources, today: today ?? Self.todayText())
            let file = try ExportDestination.open(
                destination.output, force: destination.force, journals: journals)
            let options = ExportOptions(
                language: settings.language, generatedAt: JournalExportCommand.nowText(),
                hospitalName: settings.configuration?.hospitalName)
            try report.write(
                ReviewCommand.documentFormat(format, output: destination.output), options: options,
                to: file)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Refuses a date that is not a real `YYYY-MM-DD`, naming the option.
    static func validateDate(_ text: String?, option: String) throws {
        guard let text else { return }
        if !CalendarDate.isValid(text) {
            throw ValidationError("\(option) \(text): give a date as YYYY-MM-DD (e.g. 2027-03-31).")
        }
    }

    /// Today in the local offset, `YYYY-MM-DD`.
    static func todayText() -> String {
        String(JournalExportCommand.nowText().prefix(10))
    }
}
