import ActionJournal
import Notation
import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

@testable import RunSession

/// Milestones and "cannot do" on disk: `at`, `step.unable`, headless `unable`.
@Suite("Milestones in the journal")
struct MilestoneSessionTests {
    /// A journaled run of the milestone runbook in a fresh workspace.
    private func start(_ workspace: SessionWorkspace) throws -> JournaledRun {
        try JournaledRun.start(
            RunStartRequest(
                runbookID: RunbookID(MilestoneRunbook.id), machine: MilestoneRunbook.machine,
                language: "ja", operatorName: "看護師A",
                destination: .directory(workspace.directory.path), clock: workspace.clock,
                machineFacts: workspace.machineFacts, sealKeyStore: nil))
    }

    @Test func aHeadlessRunJournalsCannotDoFollowsOnUnableAndTimesEachMilestone() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try start(workspace)
        let output = CollectedText()
        let errors = CollectedText()
        var input = ScriptedLines([
            "input 2026-12-06T02:03+09:00", "unable ケーブルが机の奥で届かない", "choose stopped", "reached",
            "done",
            "fail 画面が出ない", "done", "done",
        ])
        #expect(HeadlessRunner(run: run, output: output, errors: errors).drive(&input) == .ended)
        #expect(errors.text.isEmpty)
        #expect(output.text.contains("unable REASON"), "the actions line offers cannot-do")
        let records = try workspace.records(run.journalPath)
        #expect(
            records.map(\.kind) == [
                "journal.open", "run.started", "value.entered", "milestone.reached", "step.unable",
                "choice.made",
                "milestone.reached", "contact.attempted", "milestone.reached", "step.done",
                "check.failed",
                "wait.started", "wait.ended", "milestone.reached", "step.done", "run.ended",
                "journal.close",
            ])
        #expect(records[4].string("reason") == "ケーブルが机の奥で届かない")
        #expect(records[4].string("step") == "pull-cable")
        #expect(
            records[3].string("at") == "2026-12-06T02:03:00+09:00",
            "a datetime input's milestone is the time entered")
        #expect(
            records[2].string("value") == "2026-12-06T02:03+09:00",
            "what was typed is kept as typed")
        #expect(
            records[2].string("instant") == "2026-12-06T02:03:00+09:00",
            "beside it, the full instant with its offset")
        #expect(
            records[6].string("milestone") == "isolated" && records[6].string("step") == "wifi-off")
        #expect(records[8].string("milestone") == "it-called")
        #expect(
            records[6].string("at") == records[6].timestamp, "otherwise `at` is the record's own ts"
        )
        #expect(records[6].members.map(\.name).suffix(3) == ["step", "at", "prev"])
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    @Test func resumeRestoresTheMilestonesReachedAndReachesNoneTwice() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try start(workspace)
        try run.performAll([.input(value: "02:03"), .done(note: nil), .pause])
        let resumed = try JournaledRun.resume(
            path: run.journalPath, machine: MilestoneRunbook.machine, operatorName: "事務B",
            language: nil,
            clock: workspace.clock, machineFacts: workspace.machineFacts)
        #expect(resumed.state.reachedMilestones == ["noticed", "isolated"])
        try resumed.performAll([
            .choose(optionID: "stopped"), .recordCall(contactID: nil, result: .reached, note: nil),
        ])
        let milestones = try workspace.records(run.journalPath).filter {
            $0.kind == "milestone.reached"
        }
        #expect(milestones.map { $0.string("milestone") } == ["noticed", "isolated", "it-called"])
    }

    @Test(arguments: [
        // (entered, now as UTC µs, offset, expected)
        ("2:03", "2026-12-05T17:40:00Z", "+09:00", "2026-12-06T02:03:00+09:00"),
        ("02:03", "2026-12-05T17:40:00Z", "+09:00", "2026-12-06T02:03:00+09:00"),
        // at 00:20 it was last night
        ("23:50", "2026-12-05T15:20:00Z", "+09:00", "2026-12-05T23:50:00+09:00"),
        // 10 minutes ahead: a slow clock
        ("00:30", "2026-12-05T15:20:00Z", "+09:00", "2026-12-06T00:30:00+09:00"),
        ("2026-12-06 02:03:30", "2026-12-05T17:40:00Z", "+09:00", "2026-12-06T02:03:30+09:00"),
        ("2026-12-06T02:03:30.5Z", "2026-12-05T17:40:00Z", "+09:00", "2026-12-06T02:03:30.5Z"),
        ("2026-12-06T02:03-05:00", "2026-12-05T17:40:00Z", "+09:00", "2026-12-06T02:03:00-05:00"),
        ("2026-12-31T23:59", "2026-12-05T17:40:00Z", "-03:30", "2026-12-31T23:59:00-03:30"),
    ])
    func enteredTimesBecomeInstantsWithTheirOffset(
        _ entered: String, _ now: String, _ offset: String, _ expected: String
    ) throws {
        let nowMicroseconds = try #require(Self.microseconds(now))
        #expect(
            EnteredInstant.text(entered, nowMicroseconds: nowMicroseconds, offset: offset)
                == expected)
    }

    @Test func textThatIsNoDateTimeGivesNoInstant() {
        for text in ["", "2:3", "25:00", "12:60", "tomorrow", "2026-12-06", "2026-12-06T02"] {
            #expect(
                EnteredInstant.text(text, nowMicroseconds: 0, offset: "+09:00") == nil, "\(text)")
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` as µs since the epoch, read by the journal's own timestamp code's rules.
    private static func microseconds(_ text: String) -> Int64? {
        let parts = text.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int64($0) }
        guard parts.count == 6 else { return nil }
        let days = GregorianDays.daysSinceEpoch(year: parts[0], month: parts[1], day: parts[2])
        return ((days * 24 + parts[3]) * 60 + parts[4]) * 60_000_000 + parts[5] * 1_000_000
    }

    @Test func aTimeOfDayTypedIsJournaledWithTheFullInstantBesideIt() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try start(workspace)
        try run.performAll([.input(value: "02:03")])
        let records = try workspace.records(run.journalPath)
        let entered = try #require(records.first { $0.kind == "value.entered" })
        #expect(entered.string("value") == "02:03")
        let instant = try #require(entered.string("instant"))
        #expect(
            instant.count == "2026-12-06T02:03:00+09:00".count && instant.contains("T02:03:00"),
            "\(instant)")
        #expect(
            records.first { $0.kind == "milestone.reached" }?.string("at") == instant,
            "the milestone's time is the same instant")
    }
}
