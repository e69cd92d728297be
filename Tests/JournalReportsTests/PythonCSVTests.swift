import Foundation
import JournalReports
import ShodoTestSupport
import Testing

/// Cross-checks the CSV exports with Python's `csv` module and `datetime.fromisoformat`,
/// the parsers an analyst's scripts (and Timesketch's importer, in Python) would use.
/// python3 is required (scripts/install-deps); without it these tests fail, never skip.
@Suite("CSV read by Python")
struct PythonCSVTests {
    private static let script = #"""
        import csv, datetime, sys
        path, kind = sys.argv[1], sys.argv[2]
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        if kind == "l2tcsv":
            assert all(len(row) == 17 for row in rows), "17 fields"
        else:
            index = {name: i for i, name in enumerate(header)}
            for row in body:
                moment = datetime.datetime.fromisoformat(row[index["datetime"]])
                assert moment.tzinfo is not None, row
                epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
                delta = moment - epoch
                micros = (delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds
                assert micros == int(row[index["timestamp"]]), row
        print(len(body))
        """#

    @Test(
        "Timesketch CSV, plain CSV (Excel flavour too) and l2tcsv parse, every datetime with its offset"
    )
    func parsesWithPython() throws {
        let python = try #require(SystemPython.path)
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let script = directory.write("check.py", Self.script)
        let cases: [(ExportFormat, Bool, String)] = [
            (.timesketchCSV, false, "timesketch"), (.csv, false, "csv"), (.csv, true, "csv"),
            (.l2tcsv, true, "l2tcsv"),
        ]
        for (index, (format, excel, kind)) in cases.enumerated() {
            let target = directory.file("export-\(index).csv")
            let output = try ExportDestination.open(target, force: false, journals: [journal.path])
            _ = try TimelineExport.write(
                try ExportHelpers.sources([journal.path]), format: format,
                options: ExportOptions(excel: excel), to: output)
            let run = try ProcessRun.run(python, [script, target, kind])
            #expect(run.status == 0, "\(format) excel=\(excel): \(run.errors)")
            #expect(
                run.output.trimmingCharacters(in: .whitespacesAndNewlines)
                    == String(journal.writer.recordCount + 1))
        }
    }
}
