import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Replay rebuilds the live state")
struct ReplayTests {
    /// A long run through every kind, back, pause/resume, notes, an include and a wait.
    static func livelyRun() -> EngineDriver {
        var run = EngineDriver(state: FixtureRunbooks.newRun(language: "ja"))
        let actions: [OperatorAction] = [
            .start, .note(text: "開始前メモ"), .done(note: nil), .input(value: "HIS-51"),
            .choose(optionID: "wifi"),
            .back, .choose(optionID: "wired"), .confirm(note: "抜いた"), .pause, .resume,
            .confirm(note: nil),
            .done(note: nil), .endWait(reason: "IT 到着", early: true),
            .recordCall(contactID: "it-oncall", result: .noAnswer, note: nil),
            .recordCall(contactID: "vendor", result: .reached, note: "向かう"), .done(note: nil),
            .done(note: "arp 出力を撮影"), .done(note: nil),
        ]
        for action in actions {
            let result = run.act(action)
            precondition(result.refusal == nil, "fixture action refused: \(action)")
        }
        return run
    }

    @Test func replayAfterEveryPrefixEqualsTheLiveState() throws {
        let run = Self.livelyRun()
        #expect(run.state.status == .ended(.resolved))
        let replay = RunReplay(machine: run.machine)
        let recorded = run.records.map(RecordedAction.init)
        for checkpoint in run.checkpoints {
            let prefix = Array(recorded.prefix(checkpoint.recordCount))
            let outcome = try replay.replay(prefix, from: FixtureRunbooks.newRun(language: "ja"))
                .get()
            #expect(outcome.state == checkpoint.state)
            #expect(outcome.missingRecords.isEmpty)
        }
    }

    @Test func aPrefixCutBetweenAnActionAndItsConsequenceReportsTheMissingRecords() throws {
        let run = Self.livelyRun()
        let recorded = run.records.map(RecordedAction.init)
        #expect(recorded.last?.kind == "run.ended")
        let outcome = try RunReplay(machine: run.machine)
            .replay(Array(recorded.dropLast()), from: FixtureRunbooks.newRun(language: "ja")).get()
        #expect(outcome.missingRecords.map(\.kind) == [.runEnded])
        #expect(outcome.state == run.state, "the state already includes the consequence")
    }

    @Test func journalOnlyRecordsAreIgnored() throws {
        let run = Self.livelyRun()
        var recorded = run.records.map(RecordedAction.init)
        recorded.insert(RecordedAction(kind: "journal.open", payload: [:]), at: 0)
        recorded.insert(RecordedAction(kind: "clock.stepped", payload: [:]), at: 5)
        recorded.insert(RecordedAction(kind: "x-hospital.custom", payload: [:]), at: 7)
        let outcome = try RunReplay(machine: run.machine).replay(
            recorded, from: FixtureRunbooks.newRun(language: "ja")
        ).get()
        #expect(outcome.state == run.state)
    }

    @Test func aRecordTheFlowCannotProduceIsReported() {
        let bogus = [
            RecordedAction(kind: "run.started", payload: [:]),
            RecordedAction(kind: "choice.made", payload: ["option": .string("wired")]),
        ]
        let result = RunReplay(machine: FixtureRunbooks.machine).replay(
            bogus, from: FixtureRunbooks.newRun())
        guard case .failure(.refused(let index, let kind, let refusal)) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(index == 1)
        #expect(kind == "choice.made")
        #expect(refusal == .notValidOnStep(action: "choose", stepKind: "instruction"))
    }

    @Test func aStrayWaitStartedIsUnexpected() {
        let bogus = [
            RecordedAction(kind: "run.started", payload: [:]),
            RecordedAction(kind: "wait.started", payload: [:]),
        ]
        let result = RunReplay(machine: FixtureRunbooks.machine).replay(
            bogus, from: FixtureRunbooks.newRun())
        #expect(
            result
                == .failure(
                    .unexpected(index: 1, kind: "wait.started", expected: "an operator action")))
    }

    @Test func replayTakesRecordedValuesWithoutRecheckingThem() throws {
        let recorded = [
            RecordedAction(kind: "run.started", payload: [:]),
            RecordedAction(kind: "step.done", payload: [:]),
            RecordedAction(
                kind: "value.entered",
                payload: ["field": .string("pc_label"), "value": .string("旧形式 ラベル")]),
        ]
        let outcome = try RunReplay(machine: FixtureRunbooks.machine).replay(
            recorded, from: FixtureRunbooks.newRun()
        ).get()
        #expect(outcome.state.values["pc_label"] == "旧形式 ラベル")
        #expect(outcome.actionCount == 3)
    }
}
