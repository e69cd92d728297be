import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

/// Revision 2 in the engine: `milestone.reached` after the record that reached it,
/// once per run, never by a skip, a failure or "cannot do"; `unable` follows `on_unable`.
@Suite("Milestones and cannot-do in the engine")
struct MilestoneEngineTests {
    static let machine = MilestoneRunbook.machine

    static func newRun() -> EngineDriver {
        EngineDriver(machine: machine, state: MilestoneRunbook.newRun())
    }

    /// The `milestone.reached` records among `records`, as milestone ids.
    static func milestones(_ records: [EngineRecord]) -> [String] {
        records.filter { $0.kind == .milestoneReached }.compactMap {
            $0.value("milestone")?.stringValue
        }
    }

    @Test func eachMilestoneIsJournaledRightAfterTheRecordThatReachedIt() throws {
        var run = Self.newRun()
        run.act(.start)
        let entered = run.act(.input(value: "02:03"))
        #expect(entered.kinds == ["value.entered", "milestone.reached"])
        let noticed = try #require(try entered.get().last)
        #expect(noticed.milestoneTime == .entered("02:03"))
        #expect(noticed.payload.map(\.name) == ["milestone", "label", "runbook", "step"])
        #expect(noticed.value("label") == .string("節目 noticed"))
        #expect(noticed.message == "節目に到達: 節目 noticed")

        let done = run.act(.done(note: nil))
        #expect(done.kinds == ["step.done", "milestone.reached"])
        #expect(try done.get().last?.milestoneTime == .recordTime)
        #expect(run.state.reachedMilestones == ["noticed", "isolated"])
    }

    @Test func cannotDoGoesToOnUnableAndReachesNothing() throws {
        var run = Self.newRun()
        run.act(.start)
        run.act(.input(value: "02:03"))
        #expect(run.act(.unable(reason: "")).refusal == .reasonRequired(action: "unable"))
        let unable = run.act(.unable(reason: "ケーブルが机の奥で届かない"))
        #expect(unable.kinds == ["step.unable"])
        #expect(try unable.get().first?.value("reason") == .string("ケーブルが机の奥で届かない"))
        #expect(run.step == "wifi-off")
        #expect(run.state.tally.unable == 1 && run.state.tally.skipped == 0)
        #expect(run.state.reachedMilestones == ["noticed"])
        // An option's own milestone is reached by choosing it.
        #expect(
            run.act(.choose(optionID: "stopped")).kinds == ["choice.made", "milestone.reached"])
        #expect(run.state.reachedMilestones == ["noticed", "isolated"])
        // Cannot-do is for instruction and command steps only.
        #expect(
            run.act(.unable(reason: "電話がない")).refusal
                == .notValidOnStep(action: "unable", stepKind: "contact"))
    }

    @Test func skippingOrFailingNeverReachesAMilestone() {
        var run = Self.newRun()
        run.act(.start)
        run.act(.skip(reason: "時刻がわからない"))
        run.act(.skip(reason: "別の人が対応"))
        run.act(.choose(optionID: "not-stopped"))
        run.act(.skip(reason: "電話は事務当直が"))
        #expect(run.act(.fail(reason: "ログが見えない")).kinds == ["check.failed", "wait.started"])
        #expect(run.step == "hold")
        #expect(run.state.reachedMilestones.isEmpty)
        #expect(Self.milestones(run.records).isEmpty)
    }

    @Test func aContactMilestoneNeedsACallThatGotThroughAndComesOnce() {
        var run = Self.newRun()
        run.act(.start)
        run.act(.input(value: "02:03"))
        run.act(.done(note: nil))
        run.act(.choose(optionID: "stopped"))
        #expect(run.step == "call-it")
        #expect(
            run.act(.recordCall(contactID: nil, result: .noAnswer, note: nil)).kinds == [
                "contact.attempted"
            ])
        #expect(
            run.act(.recordCall(contactID: nil, result: .leftMessage, note: nil)).kinds == [
                "contact.attempted"
            ])
        #expect(
            run.act(.recordCall(contactID: nil, result: .reached, note: nil)).kinds
                == ["contact.attempted", "milestone.reached"])
        #expect(
            run.act(.recordCall(contactID: nil, result: .reached, note: "2回目")).kinds == [
                "contact.attempted"
            ])
        #expect(run.act(.done(note: nil)).kinds == ["step.done"])
        #expect(run.state.reachedMilestones == ["noticed", "isolated", "it-called"])
    }

    @Test func aMilestoneIsReachedOnlyTheFirstTimeEvenAfterGoingBack() {
        var run = Self.newRun()
        run.act(.start)
        run.act(.input(value: "02:03"))
        run.act(.done(note: nil))
        run.act(.back)
        run.act(.back)
        #expect(run.act(.input(value: "02:05")).kinds == ["value.entered"])
        #expect(run.act(.done(note: nil)).kinds == ["step.done"])
        #expect(Self.milestones(run.records) == ["noticed", "isolated"])
    }

    /// Every action of a full run, milestones and cannot-do included.
    static func fullRun() -> EngineDriver {
        var run = newRun()
        let actions: [OperatorAction] = [
            .start, .input(value: "2026-12-06T02:03"), .unable(reason: "届かない"),
            .choose(optionID: "stopped"),
            .recordCall(contactID: nil, result: .noAnswer, note: nil), .back,
            .choose(optionID: "stopped"),
            .recordCall(contactID: "it-oncall", result: .reached, note: nil),
            .done(note: nil), .confirm(note: nil), .endWait(reason: nil, early: false),
            .done(note: nil),
        ]
        for action in actions { precondition(run.act(action).refusal == nil, "refused: \(action)") }
        return run
    }

    @Test func replayOfEveryPrefixRestoresTheMilestonesReached() throws {
        let run = Self.fullRun()
        #expect(run.state.status == .ended(.resolved))
        #expect(
            run.state.reachedMilestones == [
                "noticed", "isolated", "it-called", "logs-preserved", "waited",
            ])
        let recorded = run.records.map(RecordedAction.init)
        let replay = RunReplay(machine: Self.machine)
        for checkpoint in run.checkpoints {
            let outcome = try replay.replay(
                Array(recorded.prefix(checkpoint.recordCount)),
                from: MilestoneRunbook.newRun()
            ).get()
            #expect(outcome.state == checkpoint.state)
            #expect(outcome.state.reachedMilestones == checkpoint.state.reachedMilestones)
        }
    }

    @Test func aJournalWithoutMilestoneRecordsStillReplaysAndKeepsOnlyWhatItRecorded() throws {
        let run = Self.fullRun()
        // As a journal written before the runbook declared milestones would be.
        let recorded = run.records.filter { $0.kind != .milestoneReached }.map(RecordedAction.init)
        let outcome = try RunReplay(machine: Self.machine)
            .replay(recorded, from: MilestoneRunbook.newRun()).get()
        #expect(outcome.state.status == .ended(.resolved))
        #expect(outcome.state.reachedMilestones.isEmpty)
        #expect(outcome.state.tally == run.state.tally)
    }

    @Test func aCrashRightAfterTheReachingRecordLeavesTheMilestoneToWriteOnResume() throws {
        let run = Self.fullRun()
        let recorded = run.records.map(RecordedAction.init)
        let firstMilestone = try #require(recorded.firstIndex { $0.kind == "milestone.reached" })
        let outcome = try RunReplay(machine: Self.machine)
            .replay(Array(recorded.prefix(firstMilestone)), from: MilestoneRunbook.newRun())
            .get()
        #expect(outcome.missingRecords.map(\.kind) == [.milestoneReached])
        #expect(outcome.state.reachedMilestones == ["noticed"])
    }
}
