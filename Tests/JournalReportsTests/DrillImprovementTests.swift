import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("Improvement items appended after a drill")
struct DrillImprovementTests {
    private func target(_ path: String) -> ReviewerRecords.Target {
        ReviewerRecords.Target(
            path: path, reviewer: "情報 田中", clock: SystemJournalClock(),
            outputs: .unsynchronisedForBenchmarks)
    }

    private let item = DrillImprovements.Item(
        finding: "夜間の連絡先が古い", action: "連絡先表を更新する", owner: "総務 鈴木", due: "2027-01-31",
        category: "contacts",
        runbook: "rb-01-ransomware-suspected", step: "call-it")

    @Test("Items are numbered per journal, closed once, and the report shows them")
    func recordAndClose() throws {
        let directory = TemporaryDirectory("drill-items")
        defer { directory.remove() }
        let journal = try DrillFixture.full(in: directory)
        journal.writer.close()
        let second = try DrillImprovements.record(
            item, target: target(journal.path), language: .japanese)
        #expect(
            second.kind == "improvement.recorded" && second.string("item") == "I2"
                && second.actor == "情報 田中")
        #expect(second.string("step") == "call-it" && second.string("due") == "2027-01-31")
        let closed = try DrillImprovements.close(
            item: "I1", note: "壁に貼った", target: target(journal.path), language: .english)
        #expect(closed.kind == "improvement.closed" && closed.string("item") == "I1")
        #expect(try JournalVerifier.verify(path: journal.path).firstError == nil)
        #expect {
            try DrillImprovements.close(
                item: "I1", note: "again", target: target(journal.path), language: .english)
        } throws: { "\($0)".contains("I1 of \(journal.path) is already closed") }
        #expect {
            try DrillImprovements.close(
                item: "I9", note: "x", target: target(journal.path), language: .english)
        } throws: { "\($0)".contains("no improvement item I9 (it has I1, I2)") }
        let drill = try #require(
            try DrillReport(sources: try ExportHelpers.sources([journal.path]), today: "2027-02-01")
                .drills.first)
        #expect(drill.improvements.map(\.item) == ["I1", "I2"])
        #expect(drill.improvements.map(\.isClosed) == [true, false])
        #expect(drill.improvements.map { $0.isOverdue(today: "2027-02-01") } == [false, true])
    }

    @Test("A real incident's journal takes no improvement item")
    func realJournalRefused() throws {
        let directory = TemporaryDirectory("drill-items")
        defer { directory.remove() }
        let real = try FixtureJournal.everyKind(in: directory)
        real.writer.close()
        let before = try JournalVerifier.verify(path: real.path).linesVerified
        #expect {
            try DrillImprovements.record(item, target: target(real.path), language: .english)
        } throws: { "\($0)".contains("is not a drill journal") }
        #expect(try JournalVerifier.verify(path: real.path).linesVerified == before)
    }
}
