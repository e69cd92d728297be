import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Flow: skip, note, back, pause, abort, includes, end")
struct FlowTests {
    @Test func skipNeedsAReasonAndMovesOn() {
        var run = EngineDriver()
        run.act(.start)
        #expect(run.act(.skip(reason: "")).refusal == .reasonRequired(action: "skip"))
        #expect(run.act(.skip(reason: "already done")).kinds == ["step.skipped"])
        #expect(run.state.tally.skipped == 1)
        #expect(run.step == "pc-label")
    }

    @Test func noteStaysOnTheStepAndRefusesEmptyText() {
        var run = EngineDriver(state: FixtureRunbooks.newRun(language: "ja"))
        run.act(.start)
        #expect(run.act(.note(text: " ")).refusal == .emptyNote)
        #expect(run.act(.note(text: "写真を撮った")).kinds == ["note.added"])
        #expect(run.records.last?.message == "メモ（はじめに）: 写真を撮った")
        #expect(run.step == "intro")
    }

    @Test func textLongerThanTheLimitIsRefusedWholeAndTheRunGoesOn() {
        var run = EngineDriver()
        run.act(.start)
        let limit = OperatorAction.maximumTextBytes
        let tooLong = String(repeating: "あ", count: limit / 3 + 1)
        #expect(
            run.act(.note(text: tooLong)).refusal
                == .textTooLong(bytes: tooLong.utf8.count, limit: limit))
        #expect(
            run.act(.done(note: tooLong)).refusal
                == .textTooLong(bytes: tooLong.utf8.count, limit: limit))
        #expect(run.step == "intro", "a refused text moves nothing")
        #expect(run.act(.note(text: String(repeating: "x", count: limit))).kinds == ["note.added"])
        run.act(.done(note: nil))
        #expect(
            run.act(.input(value: String(repeating: "h", count: limit + 1))).refusal
                == .textTooLong(bytes: limit + 1, limit: limit))
        #expect(
            run.act(.input(value: "HIS-51")).kinds == ["value.entered", "step.done"]
                || run.step == "connection")
    }

    @Test func backReturnsToThePreviousStepAcrossAnInclude() {
        var run = EngineDriver()
        #expect(run.act(.start).kinds == ["run.started"])
        #expect(run.act(.back).refusal == .nothingToGoBack)
        run.act(.done(note: nil))
        run.act(.input(value: "HIS-51"))
        run.act(.choose(optionID: "wifi"))
        run.act(.done(note: nil))
        #expect(run.runbook == "sub")
        let back = run.act(.back)
        #expect(back.kinds == ["step.back"])
        #expect(run.state.frames == [RunFrame(runbookID: "main", stepID: "wifi-off")])
        #expect(run.records.last?.value("to_step") == .string("wifi-off"))
        #expect(run.records.last?.value("step") == .string("sub-check"))
        run.act(.back)
        #expect(run.step == "connection")
        #expect(run.state.values["pc_label"] == "HIS-51", "values stay: the journal keeps both")
    }

    @Test func backIntoAWaitRestartsTheCountdown() {
        let machine = FixtureRunbooks.machine(steps: [
            Step(id: "w", kind: .wait(seconds: 60), title: FixtureRunbooks.text("待つ", "Wait")),
            Step(id: "after", title: FixtureRunbooks.text("次", "Next")),
        ])
        var run = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        #expect(run.act(.start).kinds == ["run.started", "wait.started"])
        run.act(.endWait(reason: nil, early: false))
        #expect(run.act(.back).kinds == ["step.back", "wait.started"])
        #expect(run.step == "w")
    }

    @Test func pauseBlocksEverythingButResume() {
        var run = EngineDriver()
        run.act(.start)
        #expect(run.act(.pause).kinds == ["run.paused"])
        #expect(run.state.status == .paused)
        #expect(run.act(.done(note: nil)).refusal == .runPaused)
        #expect(run.act(.resume).kinds == ["run.resumed"])
        #expect(run.state.status == .running)
        #expect(run.step == "intro")
    }

    @Test func abortEndsTheRunWithItsReason() {
        var run = EngineDriver()
        run.act(.start)
        #expect(run.act(.abort(reason: "")).refusal == .reasonRequired(action: "abort"))
        #expect(run.act(.abort(reason: "false alarm")).kinds == ["run.ended"])
        #expect(run.state.status == .ended(.aborted))
        #expect(run.records.last?.value("reason") == .string("false alarm"))
    }

    @Test func lastStepWithoutEndKindEndsResolved() {
        let machine = FixtureRunbooks.machine(steps: [
            Step(id: "only", title: FixtureRunbooks.text("唯一", "Only"))
        ])
        var run = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        run.act(.start)
        #expect(run.act(.done(note: nil)).kinds == ["step.done", "run.ended"])
        #expect(run.state.status == .ended(.resolved))
    }

    @Test func nextEndInTheMiddleEndsTheRun() {
        let machine = FixtureRunbooks.machine(steps: [
            Step(
                id: "a",
                kind: .choice([
                    ChoiceOption(
                        id: "stop", label: FixtureRunbooks.text("止める", "Stop"), next: .end),
                    ChoiceOption(id: "go", label: FixtureRunbooks.text("進む", "Go")),
                ]), title: FixtureRunbooks.text("どうする", "What now")),
            Step(id: "b", title: FixtureRunbooks.text("続き", "More")),
        ])
        var run = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        run.act(.start)
        #expect(run.act(.choose(optionID: "stop")).kinds == ["choice.made", "run.ended"])
        var other = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        other.act(.start)
        other.act(.choose(optionID: "go"))
        #expect(other.step == "b", "an option without next follows the step's default")
    }

    @Test func anIncludedAbortEndsTheWholeRun() {
        let inner = Runbook(
            id: "inner", version: 1, title: FixtureRunbooks.text("内", "Inner"),
            steps: [
                Step(
                    id: "give-up", kind: .end(.escalated),
                    title: FixtureRunbooks.text("上へ", "Escalate"))
            ])
        let machine = FixtureRunbooks.machine(
            steps: [
                Step(
                    id: "go-in", kind: .include(runbookID: "inner"),
                    title: FixtureRunbooks.text("内へ", "In")),
                Step(id: "after", title: FixtureRunbooks.text("後", "After")),
            ], extra: [inner])
        var run = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        run.act(.start)
        #expect(run.runbook == "inner")
        #expect(run.act(.done(note: nil)).kinds == ["step.done", "run.ended"])
        #expect(run.state.status == .ended(.escalated))
    }

    @Test func includeAsTheLastStepEndsTheRunWhenTheIncludedOneEnds() {
        let inner = Runbook(
            id: "inner", version: 1, title: FixtureRunbooks.text("内", "Inner"),
            steps: [
                Step(id: "x", title: FixtureRunbooks.text("作業", "Work"))
            ])
        let machine = FixtureRunbooks.machine(
            steps: [
                Step(
                    id: "go-in", kind: .include(runbookID: "inner"),
                    title: FixtureRunbooks.text("内へ", "In"))
            ], extra: [inner])
        var run = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        run.act(.start)
        #expect(run.act(.done(note: nil)).kinds == ["step.done", "run.ended"])
        #expect(run.state.status == .ended(.resolved))
        #expect(run.records.last?.value("step") == .string("go-in"))
    }

    @Test func aMissingIncludedRunbookRefusesTheActionWhole() {
        let machine = FixtureRunbooks.machine(steps: [
            Step(id: "a", title: FixtureRunbooks.text("前", "Before")),
            Step(
                id: "go-in", kind: .include(runbookID: "nowhere"),
                title: FixtureRunbooks.text("内へ", "In")),
        ])
        var run = EngineDriver(machine: machine, state: FixtureRunbooks.newRun("solo"))
        run.act(.start)
        let before = run.state
        #expect(run.act(.done(note: nil)).refusal == .runbookNotLoaded("nowhere"))
        #expect(run.state == before)
    }

    @Test func startingAnUnknownRunbookIsRefused() {
        var run = EngineDriver(state: FixtureRunbooks.newRun("nope"))
        #expect(run.act(.start).refusal == .runbookNotLoaded("nope"))
    }

    @Test func refusalMessagesExistInBothLanguages() {
        let refusals: [ActionRefusal] = [
            .runNotStarted, .runEnded, .runPaused, .reasonRequired(action: "skip"),
            .unknownOption("x", valid: ["a"]), .contactRequired(valid: ["a", "b"]),
            .invalidValue(.notOfType(.ip)), .nothingToGoBack,
            .stepMissing(runbookID: "r", stepID: "s"),
        ]
        for refusal in refusals {
            let ja = refusal.message(language: "ja")
            let en = refusal.message(language: "en")
            #expect(!ja.isEmpty && !en.isEmpty && ja != en)
        }
    }
}
