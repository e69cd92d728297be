import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("Where exports are written")
struct OutputTests {
    @Test("An existing file is not overwritten without --force, and is replaced whole with it")
    func overwrite() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        journal.writer.close()
        let target = directory.write("out.csv", "keep me")
        #expect(throws: ReportError.outputExists(path: target)) {
            _ = try ExportDestination.open(target, force: false, journals: [journal.path])
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        let output = try ExportDestination.open(target, force: true, journals: [journal.path])
        _ = try TimelineExport.write(
            try ExportHelpers.sources([journal.path]), format: .csv, options: ExportOptions(),
            to: output)
        #expect(
            try String(contentsOfFile: target, encoding: .utf8).hasPrefix("datetime,timestamp,"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.contains(".partial-")
        }
        #expect(leftovers.isEmpty)
    }

    @Test("The journal itself is never an export target, even with --force")
    func journalIsNotATarget() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        journal.writer.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        #expect(throws: ReportError.outputIsJournal(path: journal.path)) {
            _ = try ExportDestination.open(journal.path, force: true, journals: [journal.path])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
    }

    @Test("A discarded export leaves no file behind")
    func discard() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let output = try ExportDestination.open(
            directory.file("new.jsonl"), force: false, journals: [])
        try output.write("partial")
        output.discard()
        #expect(!FileManager.default.fileExists(atPath: directory.file("new.jsonl")))
    }
}
