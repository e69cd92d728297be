import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("Milestone trends across drills")
struct DrillTrendsTests {
    /// A drill of `scenarioVersion` on runbook `runbookVersion`, isolated at `isolated` s.
    private func drill(
        _ directory: TemporaryDirectory, _ name: String, team: String, days: Int64,
        scenarioVersion: Int64 = 1,
        runbookVersion: Int64, isolated: Int64?
    ) throws -> String {
        let journal = try FixtureJournal(
            path: directory.file(name),
            startMicroseconds: FixtureJournal.startMicroseconds + days * 86_400_000_000,
            drill: DrillFixture.opening(version: scenarioVersion))
        try journal.append(
            "drill.started", "訓練を開始しました",
            [("team", .string(team)), ("roles", .array([])), ("story", "…")])
        try journal.append(
            "run.started", "開始",
            [DrillFixture.runbook, ("runbook_version", .integer(runbookVersion))])
        let result = isolated.map { $0 <= 300 ? "met" : "missed" } ?? "not-reached"
        try journal.append(
            "drill.ended", "訓練を終了しました",
            [
                (
                    "expectations",
                    .array([DrillFixture.expectation("isolated", result, target: 300, at: isolated)]
                    )
                )
            ])
        journal.writer.close()
        return journal.path
    }

    @Test(
        "A runbook-version change splits the medians and is marked; scenario versions are never mixed"
    )
    func runbookVersionChange() throws {
        let directory = TemporaryDirectory("drill-trends")
        defer { directory.remove() }
        let paths = [
            try drill(
                directory, "DRILL-1.jsonl", team: "A", days: 0, runbookVersion: 3, isolated: 400),
            try drill(
                directory, "DRILL-2.jsonl", team: "B", days: 30, runbookVersion: 3, isolated: 600),
            try drill(
                directory, "DRILL-3.jsonl", team: "A", days: 60, runbookVersion: 3, isolated: 500),
            try drill(
                directory, "DRILL-4.jsonl", team: "B", days: 90, runbookVersion: 4, isolated: 200),
            try drill(
                directory, "DRILL-5.jsonl", team: "A", days: 120, runbookVersion: 4, isolated: nil),
            try drill(
                directory, "DRILL-6.jsonl", team: "C", days: 150, scenarioVersion: 2,
                runbookVersion: 4, isolated: 100),
        ]
        let trends = DrillTrends(paths: paths.reversed())
        #expect(trends.series.map(\.scenarioVersion) == ["1", "2"], "scenario versions stay apart")
        let first = try #require(trends.series.first)
        #expect(first.points.map(\.team) == ["A", "B", "A", "B", "A"], "oldest first")
        #expect(first.runbookVersions == ["3", "4"])
        #expect(first.median(runbookVersion: "3") == 500)
        #expect(
            first.median(runbookVersion: "4") == 200,
            "a drill that did not reach it is a point, not a time")
        #expect(first.targetSeconds == 300)
        let table = trends.table(language: .english)
        #expect(table.count == 4)
        #expect(
            table[1].hasPrefix(
                "night-ransom-note v1\tisolated\tv3\t5:00\t3\t8:20\tA 6:40, B 10:00, A 8:20"))
        #expect(table[2].hasSuffix("\tv4\t5:00\t2\t3:20\tB 3:20, A —"))
        #expect(table[3].hasPrefix("night-ransom-note v2\tisolated\tv4\t5:00\t1\t1:40\tC 1:40"))
        let output = ReportOutput.inMemory()
        try trends.writeHTML(
            options: ExportOptions(language: .english, generatedAt: "test"), to: output)
        let html = output.text
        #expect(WellFormedXML.check(html).problem == nil)
        #expect(
            html.components(separatedBy: "class=\"version-change\"").count - 1 == 1,
            "one version change, marked")
        #expect(html.components(separatedBy: "class=\"median\"").count - 1 == 3)
        #expect(html.components(separatedBy: "<circle").count - 1 == 5, "every reached point drawn")
        #expect(html.contains("class=\"target\""))
    }
}
