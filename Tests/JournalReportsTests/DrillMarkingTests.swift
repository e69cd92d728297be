import ActionJournal
import DocumentMarkup
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

/// Every export of a drill journal says so on every row, and a drill merged with a
/// real journal says on every row which is which (docs/drill-scenario.md "Journal of a drill").
@Suite("Drill marking in exports")
struct DrillMarkingTests {
    /// A drill journal and a real one, side by side in one directory.
    fileprivate func journals(_ directory: TemporaryDirectory) throws -> (
        drill: FixtureJournal, real: FixtureJournal
    ) {
        let drill = try FixtureJournal(
            path: directory.file("DRILL-drill.jsonl"), host: "drill-pc", isDrill: true)
        try drill.append(
            "inject.delivered", "Inject: the phone rings",
            [("inject", "phone"), ("trigger", "timed")])
        drill.writer.close()
        let real = try FixtureJournal(
            path: directory.file("real.jsonl"), host: "ward-pc",
            startMicroseconds: FixtureJournal.startMicroseconds + 500_000)
        try real.append("note.added", "メモ", [("note", "real")])
        real.writer.close()
        return (drill, real)
    }

    /// What each row of `format` says about being a drill, per host, for every row that names a host.
    private static func marks(_ text: String, _ format: ExportFormat) throws -> [(
        host: String, mark: String
    )] {
        switch format {
        case .csv, .timesketchCSV:
            let (header, rows) = try ExportHelpers.csvRecords(text)
            #expect(header.last == "drill")
            return rows.map { ($0["host"] ?? "?", $0["drill"] ?? "missing") }
        case .l2tcsv:
            let (header, rows) = try ExportHelpers.csvRecords(text)
            #expect(header.count == 17, "l2tcsv keeps its 17 fields")
            return rows.map { ($0["host"] ?? "?", $0["notes"] ?? "missing") }
        case .jsonl, .timesketch:
            return try ExportHelpers.jsonObjects(text).map { object in
                let mark = (object["drill"] as? Bool).map { "drill: \($0)" } ?? "missing"
                return ((object["host"] as? String) ?? "?", mark)
            }
        case .text, .markdown, .html:
            Issue.record("not a row format")
            return []
        }
    }

    @Test(arguments: [ExportFormat.csv, .jsonl, .timesketch, .timesketchCSV, .l2tcsv])
    func everyRowOfAMergedExportSaysWhetherItIsADrill(_ format: ExportFormat) throws {
        let directory = TemporaryDirectory("drill-marking")
        defer { directory.remove() }
        let (drill, real) = try journals(directory)
        let text = try ExportHelpers.text([drill.path, real.path], format)
        let marks = try Self.marks(text, format)
        #expect(marks.count == drill.writer.recordCount + real.writer.recordCount + 2, "\(format)")
        for (host, mark) in marks {
            let expected = host == "drill-pc" ? "true" : "false"
            #expect(
                mark == expected || mark == "drill: \(expected)",
                "\(format): a \(host) row says \(mark)")
        }
    }

    @Test func theTextExportOpensWithTheExerciseLineAndMarksEachLine() throws {
        let directory = TemporaryDirectory("drill-marking")
        defer { directory.remove() }
        let (drill, real) = try journals(directory)
        let lines = try ExportHelpers.text([drill.path, real.path], .text).split(separator: "\n")
        #expect(lines.first.map(String.init) == DrillMarking.exerciseLine)
        #expect(lines.filter { $0.hasPrefix("[drill] ") }.count >= drill.writer.recordCount)
        #expect(lines.filter { $0.hasPrefix("[real] ") }.count >= real.writer.recordCount)
    }

    @Test func anExportOfRealJournalsAloneIsUnchanged() throws {
        let directory = TemporaryDirectory("drill-marking")
        defer { directory.remove() }
        let (_, real) = try journals(directory)
        let (header, _) = try ExportHelpers.csvRecords(try ExportHelpers.text([real.path], .csv))
        #expect(!header.contains("drill"))
        #expect(
            try ExportHelpers.jsonObjects(try ExportHelpers.text([real.path], .jsonl)).allSatisfy {
                $0["drill"] == nil
            })
    }

    @Test(arguments: [ExportFormat.markdown, .html])
    func aReportOfADrillSaysSoAtItsTop(_ format: ExportFormat) throws {
        let directory = TemporaryDirectory("drill-marking")
        defer { directory.remove() }
        let (drill, real) = try journals(directory)
        let report = try ExportHelpers.text([drill.path], format)
        let line = try #require(report.range(of: "EXERCISE — NOT A REAL INCIDENT"))
        let verdict = report.range(of: "intact")
        #expect(
            verdict.map { line.lowerBound < $0.lowerBound } ?? true,
            "the exercise line comes before the verdicts")
        #expect(!(try ExportHelpers.text([real.path], format)).contains("NOT A REAL INCIDENT"))
    }
}

extension DrillMarkingTests {
    @Test(arguments: [DocumentFormat.markdown, .html])
    func theReviewPackOfADrillSaysSoBeforeAnythingElse(_ format: DocumentFormat) throws {
        let directory = TemporaryDirectory("drill-marking")
        defer { directory.remove() }
        let (drill, real) = try journals(directory)
        func pack(_ paths: [String]) throws -> String {
            let output = ReportOutput.inMemory()
            try ReviewReport(sources: try ExportHelpers.sources(paths)).write(
                format, options: ExportOptions(language: .japanese, generatedAt: "test"), to: output
            )
            return output.text
        }
        let mixed = try pack([real.path, drill.path])
        let line = try #require(mixed.range(of: DrillMarking.exerciseLine))
        let summary = try #require(mixed.range(of: "概要"))
        #expect(line.lowerBound < summary.lowerBound, "the exercise line comes before the summary")
        #expect(!(try pack([real.path])).contains("実際のインシデントではありません"))
    }
}
