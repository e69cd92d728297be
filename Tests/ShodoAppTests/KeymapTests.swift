import RunEngine
import RunbookModel
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// Keys to intents, without any effect.
@Suite struct KeymapTests {
    /// A state on the step screen showing the fixture step `stepID` of a running run.
    private func stepState(_ stepID: StepID, runbook: RunbookID = "main") throws -> AppState {
        var run = FixtureRunbooks.newRun(runbook)
        run.status = .running
        run.frames = [RunFrame(runbookID: runbook, stepID: stepID)]
        let presentation = try #require(FixtureRunbooks.machine.presentation(of: run))
        var state = AppState(language: "en", screen: .step)
        state.run = RunSnapshot(
            presentation: presentation, tally: StepTally(), status: .running, verificationCode: "",
            operatorName: "A",
            journalPath: "/j", rootTitle: "T", startedAtMicroseconds: 0, waitSecondsLeft: nil,
            visit: 0)
        return state
    }

    @Test func digitsPickAChoiceOptionAndMoveOnAtOnce() throws {
        let state = try stepState("connection")
        #expect(
            Keymap.intent(for: .character("2"), in: state) == .perform(.choose(optionID: "wifi")))
        #expect(Keymap.intent(for: .character("3"), in: state) == .ignore)
        #expect(Keymap.intent(for: .down, in: state) == .moveSelection(1))
        #expect(Keymap.intent(for: .enter, in: state) == .perform(.choose(optionID: "wired")))
    }

    @Test func eachKindHasItsEnterKey() throws {
        #expect(
            Keymap.intent(for: .enter, in: try stepState("intro")) == .perform(.done(note: nil)))
        #expect(
            Keymap.intent(for: .enter, in: try stepState("cable")) == .perform(.confirm(note: nil)))
        #expect(
            Keymap.intent(for: .character("f"), in: try stepState("cable"))
                == .openPrompt(.failReason))
        #expect(
            Keymap.intent(for: .enter, in: try stepState("log-cmd")) == .perform(.done(note: nil)))
        #expect(
            Keymap.intent(for: .enter, in: try stepState("settle")) == .openPrompt(.earlyWaitReason)
        )
        #expect(
            Keymap.intent(for: .enter, in: try stepState("call-it")) == .perform(.done(note: nil)))
        #expect(
            Keymap.intent(for: .enter, in: try stepState("finish")) == .perform(.done(note: nil)))
    }

    @Test func commonStepKeys() throws {
        let state = try stepState("intro")
        #expect(Keymap.intent(for: .character("s"), in: state) == .openPrompt(.skipReason))
        #expect(Keymap.intent(for: .character("n"), in: state) == .openPrompt(.note))
        #expect(Keymap.intent(for: .character("b"), in: state) == .perform(.back))
        #expect(Keymap.intent(for: .character("p"), in: state) == .perform(.pause))
        #expect(Keymap.intent(for: .character("?"), in: state) == .showOverlay(.help))
        #expect(Keymap.intent(for: .character("q"), in: state) == .showOverlay(.quitConfirmation))
        #expect(Keymap.intent(for: .character("w"), in: state) == .ignore)
        #expect(Keymap.intent(for: .character("j"), in: state) == .scroll(1))
        #expect(Keymap.intent(for: .character("s"), in: try stepState("finish")) == .ignore)
    }

    @Test func contactKeysNeedTheContactNumberFirstWhenThereAreSeveral() throws {
        var state = try stepState("call-it")
        guard case .notice(let message) = Keymap.intent(for: .character("r"), in: state) else {
            Issue.record("expected a notice")
            return
        }
        #expect(message.isError)
        #expect(Keymap.intent(for: .character("2"), in: state) == .selectContact(1))
        state.stepView.selectedContact = 1
        #expect(
            Keymap.intent(for: .character("m"), in: state)
                == .perform(.recordCall(contactID: "vendor", result: .leftMessage, note: nil)))
    }

    @Test func anInputStepTakesEveryTypedKeyUntilEscape() throws {
        var state = try stepState("pc-label")
        #expect(Keymap.intent(for: .character("q"), in: state) == .editInput(.character("q")))
        #expect(Keymap.intent(for: .enter, in: state) == .submitInput)
        #expect(Keymap.intent(for: .escape, in: state) == .leaveInputField)
        state.stepView.inputFocused = false
        #expect(Keymap.intent(for: .character("q"), in: state) == .showOverlay(.quitConfirmation))
        #expect(Keymap.intent(for: .enter, in: state) == .focusInputField)
    }

    @Test func thePromptAndOverlaysComeBeforeTheScreen() throws {
        var state = try stepState("intro")
        state.prompt = LinePrompt(purpose: .note)
        #expect(Keymap.intent(for: .character("q"), in: state) == .editPrompt(.character("q")))
        #expect(Keymap.intent(for: .enter, in: state) == .submitPrompt)
        #expect(Keymap.intent(for: .escape, in: state) == .cancelPrompt)
        state.prompt = nil
        state.overlay = .quitConfirmation
        #expect(Keymap.intent(for: .character("y"), in: state) == .confirmQuit)
        #expect(Keymap.intent(for: .character("n"), in: state) == .closeOverlay)
        state.overlay = .help
        #expect(Keymap.intent(for: .character("x"), in: state) == .openPrompt(.abortReason))
        #expect(Keymap.intent(for: .enter, in: state) == .closeOverlay)
    }

    @Test func theJournalErrorScreenTakesOnlyQuit() throws {
        var state = try stepState("intro")
        state.screen = .journalError("disk full")
        #expect(Keymap.intent(for: .enter, in: state) == .ignore)
        #expect(Keymap.intent(for: .character("?"), in: state) == .ignore)
        #expect(Keymap.intent(for: .character("q"), in: state) == .quit)
    }

    @Test func triageAndListKeys() {
        var state = AppState(
            language: "en", screen: .triage,
            triageEntries: [
                TriageEntry(runbookID: "main", label: "A"),
                TriageEntry(runbookID: "sub", label: "B"),
            ])
        #expect(Keymap.intent(for: .character("3"), in: state) == .pickTriageEntry(2))
        #expect(Keymap.intent(for: .character("4"), in: state) == .ignore)
        #expect(Keymap.intent(for: .character("/"), in: state) == .openRunbookList(searching: true))
        #expect(Keymap.intent(for: .character("q"), in: state) == .quit)
        state.screen = .runbookList
        state.isSearching = true
        #expect(Keymap.intent(for: .character("b"), in: state) == .editSearch(.character("b")))
        #expect(Keymap.intent(for: .enter, in: state) == .endSearch)
        state.isSearching = false
        #expect(Keymap.intent(for: .character("b"), in: state) == .backToTriage)
    }
}
