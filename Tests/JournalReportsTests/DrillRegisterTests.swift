import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("The drill register")
struct DrillRegisterTests {
    private static let day: Int64 = 86_400_000_000

    /// A short drill of `team` `days` after the fixture's start (2026-11-22 in +09:00).
    private func drill(_ directory: TemporaryDirectory, _ name: String, team: String, days: Int64)
        throws -> String
    {
        let journal = try FixtureJournal(
            path: directory.file(name),
            startMicroseconds: FixtureJournal.startMicroseconds + days * Self.day,
            drill: DrillFixture.opening())
        try journal.append(
            "drill.started", "訓練を開始しました",
            [
                ("team", .string(team)), ("roles", .array(["nurse"])), ("story", "…"),
                ("type", "tabletop"),
            ])
        try journal.append(
            "drill.ended", "訓練を終了しました",
            [
                ("drill_seconds", 60),
                (
                    "expectations",
                    .array([DrillFixture.expectation("isolated", "met", target: 300, at: 50)])
                ),
            ])
        journal.writer.close()
        return journal.path
    }

    private func text(_ register: DrillRegister, _ format: RegisterFormat) throws -> String {
        let output = ReportOutput.inMemory()
        try register.write(
            format, options: ExportOptions(language: .english, generatedAt: "test"), to: output)
        return output.text
    }

    @Test(
        "Drills over two years: one row each, oldest first, one page per year, the last drill at the top"
    )
    func twoYears() throws {
        let directory = TemporaryDirectory("drill-register")
        defer { directory.remove() }
        let full = try DrillFixture.full(in: directory)
        full.writer.close()
        let later = try drill(directory, "DRILL-b.jsonl", team: "5階西", days: 200)
        let earlier = try drill(directory, "DRILL-a.jsonl", team: "救急外来", days: -30)
        let register = DrillRegister(paths: [full.path, later, earlier], today: "2027-07-01")
        #expect(register.rows.map(\.team) == ["救急外来", "3階東病棟 夜勤", "5階西"])
        #expect(register.rows.map(\.year) == ["2026", "2026", "2027"])
        #expect(register.lastDrill == "2027-06-10")
        #expect(!register.yearWithoutDrill)
        #expect(DrillRegister(paths: [full.path], today: "2027-11-23").yearWithoutDrill)
        #expect(!DrillRegister(paths: [full.path], today: "2027-11-22").yearWithoutDrill)
        let fullRow = try #require(register.rows.first { $0.team == "3階東病棟 夜勤" })
        #expect(
            fullRow.expectationsMet == "1/3" && fullRow.bcpItems == "確認表 1-2, 確認表 3-1"
                && fullRow.type == "functional")
        #expect(fullRow.participants == "roles: nurse, clerk; players: 山田; facilitator: 進行役 佐藤")
        let html = try text(register, .html)
        #expect(WellFormedXML.check(html).problem == nil)
        #expect(html.components(separatedBy: "<h2>").count - 1 == 2, "one section per year")
        #expect(
            html.components(separatedBy: "class=\"exercise-page next\"").count - 1 == 1,
            "the second year starts a page")
        #expect(html.contains("2027-06-10") && !html.contains("More than a year"))
    }

    @Test("Closing an improvement item changes the register; an open one past its date is overdue")
    func closingChangesRegister() throws {
        let directory = TemporaryDirectory("drill-register")
        defer { directory.remove() }
        let full = try DrillFixture.full(in: directory)
        full.writer.close()
        let before = try #require(DrillRegister(paths: [full.path], today: "2026-12-20").rows.first)
        #expect(
            (before.improvementsOpen, before.improvementsClosed, before.improvementsOverdue) == (
                1, 0, 1
            ))
        _ = try DrillImprovements.close(
            item: "I1", note: "貼った",
            target: ReviewerRecords.Target(
                path: full.path, reviewer: "田中", clock: SystemJournalClock(),
                outputs: .unsynchronisedForBenchmarks),
            language: .english)
        let register = DrillRegister(paths: [full.path], today: "2026-12-20")
        let after = try #require(register.rows.first)
        #expect(
            (after.improvementsOpen, after.improvementsClosed, after.improvementsOverdue) == (
                0, 1, 0
            ))
        let csv = try ExportHelpers.csvRecords(try text(register, .csv))
        #expect(csv.rows.first?["Items closed"] == "1" && csv.rows.first?["drill"] == "true")
    }

    @Test(
        "The last drill is the newest that verifies, in the register and read newest first with one read"
    )
    func lastDrillVerifies() throws {
        let directory = TemporaryDirectory("drill-register")
        defer { directory.remove() }
        let earlier = try drill(directory, "DRILL-20261122T000000Z-a.jsonl", team: "救急外来", days: 0)
        let later = try drill(directory, "DRILL-20270610T000000Z-b.jsonl", team: "5階西", days: 200)
        var lines = try String(contentsOfFile: later, encoding: .utf8).split(separator: "\n").map(
            String.init)
        lines[1] = lines[1].replacingOccurrences(of: "5階西", with: "5階東")
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: later, atomically: false, encoding: .utf8)
        let register = DrillRegister(paths: [earlier, later], today: "2027-07-01")
        #expect(register.rows.count == 2, "the tampered drill is still listed, as not verified")
        #expect(
            register.lastDrill == "2026-11-22",
            "a drill that does not verify is no proof of an exercise")
        let last = try #require(LastDrill.newest(amongNewestFirst: [later, earlier]))
        #expect(last == LastDrill(date: "2026-11-22", file: "DRILL-20261122T000000Z-a.jsonl"))
        #expect(last.days(until: "2027-07-01") == 221)
        #expect(!LastDrill.yearHasPassed(since: last, today: "2027-11-22"))
        #expect(LastDrill.yearHasPassed(since: last, today: "2027-11-23"))
        #expect(LastDrill.yearHasPassed(since: nil, today: "2027-01-01"))
        #expect(LastDrill.newest(amongNewestFirst: [later]) == nil)
    }

    @Test("A real journal among drills is skipped, saying why")
    func realJournalSkipped() throws {
        let directory = TemporaryDirectory("drill-register")
        defer { directory.remove() }
        let real = try FixtureJournal.everyKind(in: directory, name: "DRILL-not-really.jsonl")
        real.writer.close()
        let register = DrillRegister(paths: [real.path], today: "2026-12-20")
        #expect(register.rows.isEmpty && register.yearWithoutDrill)
        #expect(register.skipped.first?.contains("is not a drill journal") == true)
    }
}
