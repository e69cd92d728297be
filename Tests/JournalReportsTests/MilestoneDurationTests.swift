import ActionJournal
import Foundation
import JournalReports
import Notation
import ShodoTestSupport
import Testing

/// Key durations from milestones (runbook format revision 2), never from step names.
@Suite("Key durations from milestones")
struct MilestoneDurationTests {
    private static let nine = UTCOffset(seconds: 9 * 3600)

    /// A run on `host`: noticed (entered as ten minutes before the run started), isolated,
    /// IT reached, ended, closed, then signed the next morning.
    private func night(_ directory: TemporaryDirectory, name: String, host: String, start: Int64)
        throws -> FixtureJournal
    {
        let journal = try FixtureJournal(
            path: directory.file(name), host: host, startMicroseconds: start)
        let runbook = ("runbook", JSONValue.string("rb-01-ransomware-suspected"))
        try journal.append("run.started", "開始", [runbook])  // start + 1 s
        try journal.append(
            "value.entered", "入力", [runbook, ("step", "noticed-at"), ("value", "02:03")])
        let noticed = CivilTime(microseconds: start + 1_000_000 - 600_000_000, offset: Self.nine)
            .isoText
        try journal.append(
            "milestone.reached", "節目に到達: 気づいた",
            [
                ("milestone", "noticed"), ("label", "気づいた"), runbook, ("step", "noticed-at"),
                ("at", .string(noticed)),
            ])
        try journal.append("step.done", "完了", [runbook, ("step", "pull-cable")])
        try journal.writer.append(
            RecordDraft(
                kind: "milestone.reached", actor: "山田", message: "節目に到達: 切り離した",
                payload: [
                    JSONMember(name: "milestone", value: "isolated"),
                    JSONMember(name: "label", value: "切り離した"),
                    JSONMember(name: "runbook", value: "rb-01-ransomware-suspected"),
                    JSONMember(name: "step", value: "pull-cable"),
                ], recordTimeMember: "at"))  // start + 5 s
        // start + 6 s
        try journal.append("run.ended", "終了", [runbook, ("step", "done"), ("outcome", "resolved")])
        try journal.append("journal.close", "記録を閉じました")
        try journal.append(
            "review.signed", actor: "IT 責任者", "署名", [("reviewer", "IT 責任者"), ("comment", "確認")])
        return journal
    }

    @Test func durationsRunFromTheNoticedTimeToEachMilestoneAndTheLastRecordOfTheIncident() throws {
        let directory = TemporaryDirectory("milestones")
        defer { directory.remove() }
        let start = FixtureJournal.startMicroseconds
        let journal = try night(directory, name: "a.jsonl", host: "ward3-pc", start: start)
        journal.writer.close()
        let analysis = try ReviewAnalysis.analyse(try ExportHelpers.sources([journal.path]))
        let durations = analysis.durations
        #expect(durations.overall.originIsNoticed)
        #expect(durations.overall.originMicroseconds == start + 1_000_000 - 600_000_000)
        #expect(durations.overall.milestones.map(\.milestone) == ["noticed", "isolated"])
        let isolated = try #require(durations.overall.milestones.last)
        #expect(isolated.label == "切り離した")
        #expect(isolated.wallMicroseconds == start + 5_000_000, "`at` is the record's own ts")
        #expect(durations.overall.seconds(toMicroseconds: isolated.wallMicroseconds) == 604)
        // The sign-off and the close come after the run: the incident's last record is run.ended.
        #expect(durations.lastRecord?.kind == "run.ended")
        #expect(durations.seconds(to: durations.lastRecord) == 605)
    }

    @Test func mergedJournalsMeasureOverallAndPerTerminal() throws {
        let directory = TemporaryDirectory("milestones")
        defer { directory.remove() }
        let start = FixtureJournal.startMicroseconds
        let first = try night(directory, name: "a.jsonl", host: "ward3-pc", start: start)
        let second = try night(
            directory, name: "b.jsonl", host: "ward5-pc", start: start + 120_000_000)
        first.writer.close()
        second.writer.close()
        let sources = try ExportHelpers.sources([first.path, second.path])
        let analysis = try ReviewAnalysis.analyse(sources)
        let durations = analysis.durations
        // Overall: the earliest noticed time, and each milestone the first time any terminal reached it.
        #expect(durations.overall.originMicroseconds == start + 1_000_000 - 600_000_000)
        #expect(durations.overall.milestones.last?.reference.journalIndex == 0)
        // Per terminal: each from its own origin.
        let perSecond = try #require(durations.perJournal[1])
        #expect(perSecond.originMicroseconds == start + 121_000_000 - 600_000_000)
        #expect(
            perSecond.milestones.last.flatMap {
                perSecond.seconds(toMicroseconds: $0.wallMicroseconds)
            } == 604)

        let output = ReportOutput.inMemory()
        try ReviewReport(sources: sources).write(
            .markdown, options: ExportOptions(language: .japanese, generatedAt: "test"), to: output)
        #expect(output.text.contains("起点：異常に気づいた時刻"))
        #expect(output.text.contains("「切り離した」まで"))
        #expect(output.text.contains("端末ごとの節目"))
        #expect(output.text.contains("10分04秒"))
        #expect(!output.text.contains("節目（切り離し・連絡がついた など）が記録されていません"))
    }

    @Test func aCouldNotDoIsADeviationOfItsOwn() throws {
        let directory = TemporaryDirectory("milestones")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        let runbook = ("runbook", JSONValue.string("rb-02-isolate-device"))
        try journal.append("run.started", "開始", [runbook])
        try journal.append(
            "step.unable", "できない",
            [runbook, ("step", "airplane-mode"), ("reason", "機内モードのアイコンがない")])
        journal.writer.close()
        let analysis = try ReviewAnalysis.analyse(try ExportHelpers.sources([journal.path]))
        #expect(analysis.deviations.map(\.kind) == [.couldNotDo])
        #expect(analysis.deviations.first?.reason == "機内モードのアイコンがない")
        #expect(!analysis.durations.hasMilestones)
    }
}
