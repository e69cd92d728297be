import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Every step kind, walked through the main fixture")
struct StepKindTests {
    @Test func startOpensTheFirstStep() {
        var run = EngineDriver()
        let result = run.act(.start)
        #expect(result.kinds == ["run.started"])
        #expect(run.state.frames == [RunFrame(runbookID: "main", stepID: "intro")])
        #expect(run.state.status == .running)
        let started = run.records[0]
        #expect(started.value("runbook") == .string("main"))
        #expect(started.value("runbook_version") == .integer(3))
        #expect(started.value("lang") == .string("en"))
        #expect(started.message == "Started: Test runbook")
    }

    @Test func instructionDoneMovesToTheNextStepInTheList() {
        var run = EngineDriver()
        run.act(.start)
        let result = run.act(.done(note: "ok"))
        #expect(result.kinds == ["step.done"])
        #expect(run.step == "pc-label")
        #expect(run.records.last?.value("note") == .string("ok"))
        #expect(run.records.last?.value("step") == .string("intro"))
        #expect(run.state.tally == StepTally(done: 1))
    }

    @Test func inputRefusesAWrongValueAndKeepsTheState() {
        var run = EngineDriver()
        run.act(.start)
        run.act(.done(note: nil))
        let before = run.state
        let refused = run.act(.input(value: "bad host!"))
        #expect(refused.refusal == .invalidValue(.notOfType(.hostname)))
        #expect(run.state == before)
        let accepted = run.act(.input(value: "HIS-51"))
        #expect(accepted.kinds == ["value.entered"])
        #expect(run.state.values == ["pc_label": "HIS-51"])
        #expect(run.records.last?.value("field") == .string("pc_label"))
        #expect(run.records.last?.value("value") == .string("HIS-51"))
        #expect(run.step == "connection")
    }

    @Test func choiceFollowsTheOptionsNextAndRefusesUnknownOptions() {
        var run = EngineDriver()
        run.act(.start)
        run.act(.done(note: nil))
        run.act(.input(value: "HIS-51"))
        #expect(
            run.act(.choose(optionID: "cable")).refusal
                == .unknownOption("cable", valid: ["wired", "wifi"]))
        #expect(run.act(.choose(optionID: "wifi")).kinds == ["choice.made"])
        #expect(run.records.last?.value("option") == .string("wifi"))
        #expect(run.records.last?.message == "Chose: How is HIS-51 connected? -> Wi-Fi")
        #expect(run.step == "wifi-off")
    }

    @Test func checkConfirmFollowsNextAndEntersTheIncludedRunbook() {
        var run = EngineDriver()
        toCable(&run)
        let result = run.act(.confirm(note: nil))
        #expect(result.kinds == ["check.confirmed"])
        #expect(
            run.state.frames == [
                RunFrame(runbookID: "main", stepID: "isolate"),
                RunFrame(runbookID: "sub", stepID: "sub-check"),
            ])
    }

    @Test func checkFailNeedsAReasonAndFollowsOnFail() {
        var run = EngineDriver()
        toCable(&run)
        #expect(run.act(.fail(reason: "  ")).refusal == .reasonRequired(action: "fail"))
        let result = run.act(.fail(reason: "ケーブルが固い"))
        #expect(result.kinds == ["check.failed"])
        #expect(run.records.last?.value("reason") == .string("ケーブルが固い"))
        #expect(run.step == "call-it")
        #expect(run.state.tally.failed == 1)
    }

    @Test func includedRunbookReturnsToTheIncludeStepsNextAndStartsTheWait() {
        var run = EngineDriver()
        toCable(&run)
        run.act(.confirm(note: nil))
        #expect(run.act(.confirm(note: nil)).kinds == ["check.confirmed"])
        #expect(run.runbook == "sub")
        #expect(run.step == "sub-end")
        let result = run.act(.done(note: nil))
        #expect(result.kinds == ["step.done", "wait.started"])
        #expect(run.state.frames == [RunFrame(runbookID: "main", stepID: "settle")])
        #expect(run.records.last?.value("seconds") == .integer(300))
        #expect(run.state.status == .running)
    }

    @Test func waitAcceptsOnlyEndWait() {
        var run = EngineDriver()
        toWait(&run)
        #expect(
            run.act(.done(note: nil)).refusal == .notValidOnStep(action: "done", stepKind: "wait"))
        let result = run.act(.endWait(reason: "IT arrived", early: true))
        #expect(result.kinds == ["wait.ended"])
        #expect(run.records.last?.value("early") == .bool(true))
        #expect(run.records.last?.value("reason") == .string("IT arrived"))
        #expect(run.step == "call-it")
    }

    @Test func contactCallsStayOnTheStepAndNeedAContactWhenSeveral() {
        var run = EngineDriver()
        toWait(&run)
        run.act(.endWait(reason: nil, early: false))
        #expect(
            run.act(.recordCall(contactID: nil, result: .reached, note: nil)).refusal
                == .contactRequired(valid: ["it-oncall", "vendor"]))
        #expect(
            run.act(.recordCall(contactID: "police", result: .reached, note: nil)).refusal
                == .unknownContact("police", valid: ["it-oncall", "vendor"]))
        let call = run.act(.recordCall(contactID: "vendor", result: .noAnswer, note: "夜間不在"))
        #expect(call.kinds == ["contact.attempted"])
        #expect(run.records.last?.value("contact") == .string("vendor"))
        #expect(
            run.records.last?.value("contact_name") == .string("Vendor"),
            "the name as the runbook gives it, for the review")
        #expect(run.records.last?.value("result") == .string("no-answer"))
        #expect(run.records.last?.message == "Call: Vendor - no answer (note: 夜間不在)")
        #expect(run.step == "call-it")
        #expect(run.act(.done(note: nil)).kinds == ["step.done"])
        #expect(run.step == "log-cmd")
    }

    @Test func commandDoneJournalsTheResultAndTheEndStepEndsTheRun() {
        var run = EngineDriver()
        toWait(&run)
        run.act(.endWait(reason: nil, early: false))
        run.act(.done(note: nil))
        let command = run.act(.done(note: "192.168.1.1 aa-bb"))
        #expect(command.kinds == ["command.result"])
        #expect(run.records.last?.value("note") == .string("192.168.1.1 aa-bb"))
        #expect(
            run.act(.skip(reason: "no")).refusal == .notValidOnStep(action: "skip", stepKind: "end")
        )
        let end = run.act(.done(note: nil))
        #expect(end.kinds == ["step.done", "run.ended"])
        #expect(run.records.last?.value("outcome") == .string("resolved"))
        #expect(run.state.status == .ended(.resolved))
        #expect(run.act(.note(text: "late")).refusal == .runEnded)
    }

    @Test func actionsOfTheWrongKindAreRefused() {
        var run = EngineDriver()
        run.act(.start)
        #expect(
            run.act(.confirm(note: nil)).refusal
                == .notValidOnStep(action: "confirm", stepKind: "instruction"))
        #expect(
            run.act(.choose(optionID: "x")).refusal
                == .notValidOnStep(action: "choose", stepKind: "instruction"))
        #expect(
            run.act(.input(value: "x")).refusal
                == .notValidOnStep(action: "input", stepKind: "instruction"))
        #expect(run.act(.start).refusal == .runAlreadyStarted)
        #expect(run.act(.resume).kinds == ["run.resumed"])
        run.act(.done(note: nil))
        #expect(
            run.act(.done(note: nil)).refusal == .notValidOnStep(action: "done", stepKind: "input"))
    }

    @Test func nothingButStartBeforeTheRunStarts() {
        var run = EngineDriver()
        #expect(run.act(.done(note: nil)).refusal == .runNotStarted)
        #expect(run.records.isEmpty)
    }

    // MARK: - Paths

    func toCable(_ run: inout EngineDriver) {
        run.act(.start)
        run.act(.done(note: nil))
        run.act(.input(value: "HIS-51"))
        run.act(.choose(optionID: "wired"))
    }

    func toWait(_ run: inout EngineDriver) {
        toCable(&run)
        run.act(.confirm(note: nil))
        run.act(.confirm(note: nil))
        run.act(.done(note: nil))
    }
}
