import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("Merging several terminals' journals")
struct MergeTests {
    private static let earlyID = UUID(uuidString: "00000000-0000-4000-8000-000000000001") ?? UUID()
    private static let lateID = UUID(uuidString: "ffffffff-0000-4000-8000-000000000002") ?? UUID()

    @Test("Ordered by wall time, then journal id, then seq; each row keeps its own jid and seq")
    func orderWithEqualTimestamps() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        // Both journals tick one second per record from the same instant, so every
        // timestamp appears in both: the journal id decides, then seq.
        let later = try FixtureJournal(
            path: directory.file("b.jsonl"), jid: Self.lateID, host: "ward5-pc")
        let earlier = try FixtureJournal(
            path: directory.file("a.jsonl"), jid: Self.earlyID, host: "ward3-pc")
        for index in 0..<3 {
            try later.append("note.added", "B\(index)")
            try earlier.append("note.added", "A\(index)")
        }
        later.writer.close()
        earlier.writer.close()
        let sources = try ExportHelpers.sources([later.path, earlier.path])
        let timeline = try MergedTimeline(sources: sources)
        var order: [String] = []
        var times: [Int64] = []
        while let entry = try timeline.next() {
            order.append("\(entry.journalIdentifier.prefix(8)):\(entry.record.seq)")
            times.append(entry.record.wallMicroseconds)
        }
        #expect(
            order == [
                "00000000:0", "ffffffff:0", "00000000:1", "ffffffff:1", "00000000:2", "ffffffff:2",
                "00000000:3", "ffffffff:3",
            ])
        #expect(times == times.sorted())
    }

    @Test(
        "Records of two journals interleave by time, and the merged export keeps each journal's seq"
    )
    func interleavedExport() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let first = try FixtureJournal(
            path: directory.file("a.jsonl"), jid: Self.lateID, tickMicroseconds: 10_000_000)
        let second = try FixtureJournal(
            path: directory.file("b.jsonl"), jid: Self.earlyID,
            startMicroseconds: FixtureJournal.startMicroseconds + 5_000_000,
            tickMicroseconds: 10_000_000)
        for index in 0..<2 {
            try first.append("step.done", "first \(index)")
            try second.append("step.done", "second \(index)")
        }
        first.writer.close()
        second.writer.close()
        let objects = try ExportHelpers.jsonObjects(
            try ExportHelpers.text([first.path, second.path], .timesketch))
        #expect(objects.prefix(2).allSatisfy { $0["kind"] as? String == "journal.verdict" })
        let records = objects.dropFirst(2)
        #expect(
            records.map { $0["message"] as? String ?? "" }.map {
                $0.split(separator: ":").last.map(String.init) ?? ""
            } == [
                " 記録を開始しました", " 記録を開始しました", " first 0", " second 0", " first 1", " second 1",
            ])
        #expect(records.map { $0["seq"] as? Int ?? -1 } == [0, 0, 1, 1, 2, 2])
        let timestamps = records.compactMap { ($0["timestamp"] as? NSNumber)?.int64Value }
        #expect(timestamps == timestamps.sorted())
    }

    @Test("A journal whose clock stepped back keeps its own order inside the merge")
    func clockStepKeepsJournalOrder() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"), jid: Self.earlyID)
        try journal.append("note.added", "before")
        journal.clock.stepWallClock(microseconds: -60_000_000)
        try journal.append("note.added", "after the step")
        journal.writer.close()
        let other = try FixtureJournal(
            path: directory.file("b.jsonl"), jid: Self.lateID,
            startMicroseconds: FixtureJournal.startMicroseconds - 30_000_000)
        other.writer.close()
        let timeline = try MergedTimeline(
            sources: try ExportHelpers.sources([journal.path, other.path]))
        var seqOfFirst: [Int] = []
        while let entry = try timeline.next() {
            if entry.source.index == 0 { seqOfFirst.append(entry.record.seq) }
        }
        #expect(
            seqOfFirst == [0, 1, 2, 3], "journal.open, before, clock.stepped, after: seq order kept"
        )
    }

    @Test("The same journal given twice is refused")
    func sameJournalTwice() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        journal.writer.close()
        try FileManager.default.copyItem(atPath: journal.path, toPath: directory.file("copy.jsonl"))
        #expect(
            throws: ReportError.sameJournalTwice(
                first: journal.path, second: directory.file("copy.jsonl"))
        ) {
            _ = try MergedTimeline(
                sources: try ExportHelpers.sources([journal.path, directory.file("copy.jsonl")]))
        }
    }
}
