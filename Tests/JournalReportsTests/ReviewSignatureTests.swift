import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("Signing the review")
struct ReviewSignatureTests {
    @Test(
        "review.signed is appended, verifies, names what was reviewed, and shows in the next review"
    )
    func signs() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        let last = try #require(journal.writer.lastRecord)
        journal.writer.close()
        let clock = ManualJournalClock(
            wallMicroseconds: FixtureJournal.startMicroseconds + 8 * 3_600_000_000,
            monotonicNanoseconds: journal.clock.instant.monotonicNanoseconds + 8 * 3_600_000_000_000
        )
        let record = try ReviewSignature.sign(
            path: journal.path, reviewer: "情報システム課 田中", comment: "確認しました, OK", language: .japanese,
            clock: clock,
            outputs: .unsynchronisedForBenchmarks)
        #expect(record.kind == "review.signed")
        #expect(record.actor == "情報システム課 田中")
        #expect(record.string("reviewer") == "情報システム課 田中")
        #expect(record.string("comment") == "確認しました, OK")
        #expect(record.integer("reviewed_seq") == Int64(last.seq))
        #expect(record.string("reviewed_hash") == last.recordHash)
        #expect(record.integer("runs_open") == 0)
        let report = try JournalVerifier.verify(path: journal.path)
        #expect(report.isIntact)
        #expect(report.lastSequence == record.seq)
        #expect(report.verificationCode == record.verificationCode)
        let analysis = try ReviewAnalysis.analyse(try ExportHelpers.sources([journal.path]))
        #expect(analysis.signOffs.map(\.reviewer) == ["情報システム課 田中"])
        #expect(analysis.signOffs.first?.comment == "確認しました, OK")
    }

    @Test("A journal whose run is still open is signed without closing the run")
    func openRun() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("open.jsonl"))
        try journal.append("run.started", "開始", [("runbook", "rb-02-isolate-device")])
        try journal.append(
            "run.paused", "一時停止", [("runbook", "rb-02-isolate-device"), ("step", "cable-out")])
        journal.writer.close()
        let record = try ReviewSignature.sign(
            path: journal.path, reviewer: "田中", comment: "", clock: SystemJournalClock(),
            outputs: .unsynchronisedForBenchmarks)
        #expect(record.integer("runs_open") == 1)
        let kinds = try readKinds(journal.path)
        #expect(kinds == ["journal.open", "run.started", "run.paused", "review.signed"])
        let analysis = try ReviewAnalysis.analyse(try ExportHelpers.sources([journal.path]))
        #expect(analysis.pendingRuns.count == 1)
        #expect(
            analysis.pendingRuns.first?.isPaused == true,
            "the sign-off does not hide that the run is paused")
    }

    @Test("A journal another writer holds is refused, and nothing is written")
    func locked() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("busy.jsonl"))
        defer { journal.writer.close() }
        #expect(throws: JournalError.lockedByAnotherProcess(path: journal.path)) {
            _ = try ReviewSignature.sign(
                path: journal.path, reviewer: "田中", comment: "", clock: SystemJournalClock())
        }
        #expect(try readKinds(journal.path) == ["journal.open"])
    }

    @Test("A journal that does not verify, or ends in a torn line, is refused and left as it is")
    func refusesDamage() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let original = try Data(contentsOf: URL(fileURLWithPath: journal.path))
        var changed = original
        let target = try #require(changed.range(of: Data("IT 到着".utf8)))
        changed.replaceSubrange(target, with: Data("IT 不在".utf8))
        try changed.write(to: URL(fileURLWithPath: journal.path))
        #expect(throws: JournalError.self) {
            _ = try ReviewSignature.sign(
                path: journal.path, reviewer: "田中", comment: "", clock: SystemJournalClock())
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == changed)
        let torn = original + Data("{\"v\":1,\"jid\":".utf8)
        try torn.write(to: URL(fileURLWithPath: journal.path))
        #expect(throws: JournalError.self) {
            _ = try ReviewSignature.sign(
                path: journal.path, reviewer: "田中", comment: "", clock: SystemJournalClock())
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == torn)
    }

    private func readKinds(_ path: String) throws -> [String] {
        let reader = try JournalReader(path: path)
        var kinds: [String] = []
        while let record = try reader.next() { kinds.append(record.kind) }
        return kinds
    }
}

@Suite("Signing a sealed journal")
struct SealedReviewSignatureTests {
    @Test(
        "An open sealed journal is signed with its key file and the epoch sealed; a finished one is refused"
    )
    func sealed() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let path = directory.file("sealed.jsonl")
        let jid = UUID()
        let sealer = JournalSealer(
            journalKey: SealKey.random(), jid: jid,
            keyFilePath: JournalSealer.keyFilePath(forJournal: path))
        let writer = try JournalWriter.create(
            path: path, jid: jid, actor: "山田", message: "open", openPayload: [],
            clock: ManualJournalClock(), sealing: sealer,
            outputs: .unsynchronisedForBenchmarks)
        try writer.append(
            RecordDraft(
                kind: "run.started", actor: "山田", message: "開始",
                payload: [JSONMember(name: "runbook", value: "rb-02")]))
        writer.close()
        let record = try ReviewSignature.sign(
            path: path, reviewer: "田中", comment: "",
            clock: ManualJournalClock(
                wallMicroseconds: FixtureJournal.startMicroseconds,
                monotonicNanoseconds: 900_000_000_000),
            outputs: .unsynchronisedForBenchmarks)
        #expect(record.mac != nil)
        let report = try JournalVerifier.verify(path: path)
        #expect(report.isIntact)
        #expect(report.lastSequence == record.seq + 1, "the sign-off's epoch is closed by a seal")
        try FileManager.default.removeItem(atPath: JournalSealer.keyFilePath(forJournal: path))
        #expect(throws: JournalError.self) {
            _ = try ReviewSignature.sign(
                path: path, reviewer: "田中", comment: "", clock: SystemJournalClock())
        }
        #expect(
            try JournalVerifier.verify(path: path).lastSequence == record.seq + 1, "nothing written"
        )
    }
}
