import ActionJournal
import Foundation
import JournalSummaries
import JournalVocabulary
import ShodoTestSupport
import Testing

/// The one summariser of a journal: what resume, the journal browser and the reports read.
@Suite struct JournalSummaryTests {
    /// A journal written with the real writer and a manual clock, one second per record.
    struct Journal {
        let path: String
        let writer: JournalWriter

        init(_ path: String, actor: String = "看護師A", drill: Bool = false) throws {
            self.path = path
            writer = try JournalWriter.create(
                path: path, jid: UUID(), actor: actor, message: "記録を開始しました",
                openPayload: [
                    JSONMember(
                        .program,
                        .object([
                            JSONMember(.programName, "shodo"), JSONMember(.programVersion, "0.1.0"),
                        ])),
                    JSONMember(.host, "ward3-pc"), JSONMember(.tz, "+09:00"),
                    JSONMember(.clockSync, true),
                    JSONMember(.drill, .bool(drill)),
                ],
                clock: ManualJournalClock(
                    wallMicroseconds: 1_000_000_000, tickMicroseconds: 1_000_000),
                outputs: .unsynchronisedForBenchmarks)
        }

        func append(_ kind: RecordKind, actor: String = "看護師A", _ payload: [JSONMember] = []) throws
        {
            try writer.append(
                RecordDraft(kind: kind, actor: actor, message: kind.rawValue, payload: payload))
        }
    }

    static let runbook = JSONMember(.runbook, "rb-02-isolate-device")

    @Test func aFinishedRunIsSummarisedFromItsRecords() throws {
        let directory = TemporaryDirectory("summary")
        defer { directory.remove() }
        let journal = try Journal(directory.file("a.jsonl"))
        try journal.append(.runStarted, actor: "看護師B", [Self.runbook])
        try journal.append(.stepDone, actor: "看護師B", [Self.runbook, JSONMember(.step, "pc-label")])
        try journal.append(
            .runEnded, actor: "看護師B",
            [Self.runbook, JSONMember(.step, "end"), JSONMember(.outcome, "resolved")])
        try journal.append(.journalClose, actor: "看護師B")
        let (summary, problem) = JournalSummary.read(path: journal.path)
        #expect(problem == nil)
        #expect(summary.recordCount == 5)
        #expect(summary.opening?.host == "ward3-pc" && summary.opening?.timeZone == "+09:00")
        #expect(
            summary.opening?.program == "shodo 0.1.0" && summary.opening?.clockSynchronised == true)
        #expect(!summary.isDrill)
        #expect(summary.runbookID == "rb-02-isolate-device")
        #expect(summary.operatorName == "看護師B", "who ran it, not who opened the journal")
        #expect(summary.openedMicroseconds == 1_000_000_000)
        #expect(summary.runStartedMicroseconds == 1_001_000_000)
        #expect(summary.outcome == "resolved" && summary.hasEnded && !summary.isUnfinished)
        #expect(summary.run?.end?.seq == 3)
        #expect(summary.lastRecord?.kind == "journal.close" && summary.lastStepID == "end")
    }

    @Test func aPausedRunStaysPausedThroughTheReviewersRecords() throws {
        let directory = TemporaryDirectory("summary")
        defer { directory.remove() }
        let journal = try Journal(directory.file("a.jsonl"), drill: true)
        try journal.append(.runStarted, [Self.runbook])
        try journal.append(.stepDone, [Self.runbook, JSONMember(.step, "photo")])
        try journal.append(.runPaused, [Self.runbook])
        try journal.append(
            .reviewAnnotated, actor: "IT", [JSONMember(.refSeq, 2), JSONMember(.comment, "ok")])
        try journal.append(
            .evidenceTransferred, actor: "IT", [JSONMember(.item, "E1"), JSONMember(.to, "IT")])
        let summary = JournalSummary.read(path: journal.path).summary
        #expect(summary.isDrill && summary.isUnfinished && summary.outcome == nil)
        #expect(summary.run?.isPaused == true)
        #expect(
            summary.run?.lastRecord.seq == 3,
            "the reviewer's records are about the run, not part of it")
        #expect(
            summary.lastRecord?.actor == "IT" && summary.lastRecord?.seq == 5,
            "the journal's last record is any kind")
        #expect(summary.lastStepID == "photo")
    }

    @Test func readingStopsAtTheFirstLineThatIsNotARecordAndSaysWhy() throws {
        let directory = TemporaryDirectory("summary")
        defer { directory.remove() }
        let journal = try Journal(directory.file("a.jsonl"))
        try journal.append(.runStarted, [Self.runbook])
        journal.writer.close()
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("not a record\n".utf8))
        try handle.close()
        var visited: [Int] = []
        let (summary, problem) = JournalSummary.read(path: journal.path) { visited.append($0.seq) }
        #expect(visited == [0, 1])
        #expect(summary.recordCount == 2 && summary.isUnfinished)
        #expect(problem != nil)
    }

    @Test func aJournalWithoutARunHasNoRunAndIsNotUnfinished() throws {
        let directory = TemporaryDirectory("summary")
        defer { directory.remove() }
        let journal = try Journal(directory.file("a.jsonl"), actor: "看護師C")
        let summary = JournalSummary.read(path: journal.path).summary
        #expect(
            summary.run == nil && summary.runbookID == nil && !summary.isUnfinished
                && !summary.hasEnded)
        #expect(summary.operatorName == "看護師C")
    }

    @Test func theJournalsOfADirectoryAreItsVisibleJSONLinesFiles() throws {
        let directory = TemporaryDirectory("summary")
        defer { directory.remove() }
        for name in ["b.jsonl", "a.jsonl", ".hidden.jsonl", "notes.txt"] {
            try Data().write(to: URL(fileURLWithPath: directory.file(name)))
        }
        #expect(
            JournalSummary.journalPaths(in: directory.path) == [
                directory.file("a.jsonl"), directory.file("b.jsonl"),
            ])
        #expect(JournalSummary.journalPaths(in: directory.file("missing")).isEmpty)
    }
}
