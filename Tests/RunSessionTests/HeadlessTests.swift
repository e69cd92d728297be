import ActionJournal
import Localization
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("The headless action protocol")
struct HeadlessTests {
    func drive(_ lines: [String], runbook: RunbookID = "main", language: Language = "en")
        throws -> (
            HeadlessExit, output: String, errors: String, run: JournaledRun,
            workspace: SessionWorkspace
        )
    {
        let workspace = SessionWorkspace()
        let run = try workspace.start(runbook, language: language)
        let output = CollectedText()
        let errors = CollectedText()
        var input = ScriptedLines(lines)
        let exit = HeadlessRunner(run: run, output: output, errors: errors).drive(&input)
        return (exit, output.text, errors.text, run, workspace)
    }

    @Test func aWholeRunThroughEveryStepKindEndsWithTheCode() throws {
        let result = try drive([
            "# comments and blank lines are ignored", "", "done", "input HIS-51", "choose wired",
            "confirm",
            "confirm  two spaces kept", "done", "done IT arrived early",
            "reached it-oncall on the way",
            "no-answer vendor", "done", "done arp output photographed", "done",
        ])
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .ended)
        #expect(result.errors.isEmpty)
        let kinds = try result.workspace.kinds(result.run.journalPath)
        #expect(
            kinds == [
                "journal.open", "run.started", "step.done", "value.entered", "choice.made",
                "check.confirmed",
                "check.confirmed", "step.done", "wait.started", "wait.ended", "contact.attempted",
                "contact.attempted",
                "step.done", "command.result", "step.done", "run.ended", "journal.close",
            ])
        let records = try result.workspace.records(result.run.journalPath)
        #expect(
            records[6].string("note") == " two spaces kept",
            "the argument is verbatim after one space")
        #expect(records[9].bool("early") == true)
        #expect(records[10].string("contact") == "it-oncall")
        #expect(records[10].string("note") == "on the way")
        let report = try result.workspace.verify(result.run.journalPath)
        #expect(report.isIntact)
        let code = try #require(report.verificationCode?.description)
        #expect(result.output.hasSuffix("verification code \(code)\n"))
        #expect(result.output.contains("[1/10] Introduction"))
        #expect(result.output.contains("  wired: Wired"))
        #expect(result.output.contains("  it-oncall: IT on-call  内線 1234"))
        #expect(result.output.contains("  arp -a"))
    }

    @Test func aRefusedActionJournalsNothingItselfThenPausesTheRunAndPrintsTheCode() throws {
        let result = try drive(["done", "done"])
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .refused)
        #expect(result.errors == "refused: 'done' is not valid on this step (kind input).\n")
        #expect(
            try result.workspace.kinds(result.run.journalPath).suffix(2) == [
                "step.done", "run.paused",
            ])
        let report = try result.workspace.verify(result.run.journalPath)
        #expect(report.isIntact)
        let code = try #require(report.verificationCode?.description)
        #expect(result.output.hasSuffix("verification code \(code)\n"))
        #expect(result.output.contains("shodo resume \(result.run.journalPath)"))
    }

    @Test func aValueFailingItsTypeIsRefusedWithTheReason() throws {
        let result = try drive(["done", "input not a host!"], language: "ja")
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .refused)
        #expect(result.errors.contains("端末名で入力してください"))
    }

    @Test func anUnknownWordIsRefused() throws {
        let result = try drive(["jump"])
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .refused)
        #expect(result.errors.contains("Unknown action 'jump'"))
    }

    @Test func endOfInputPausesTheRunAndExitsThree() throws {
        let result = try drive(["done"])
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .paused)
        #expect(try result.workspace.kinds(result.run.journalPath).last == "run.paused")
        #expect(result.output.contains("shodo resume \(result.run.journalPath)"))
        #expect(result.output.contains("verification code "))
    }

    @Test func pauseStopsAtOnceAndLaterInputIsNotRead() throws {
        let result = try drive(["pause", "done"])
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .paused)
        #expect(try result.workspace.kinds(result.run.journalPath).suffix(1) == ["run.paused"])
    }

    @Test func inputAfterTheEndIsIgnored() throws {
        let result = try drive(["confirm", "done", "note too late"], runbook: "sub")
        defer { result.workspace.directory.remove() }
        #expect(result.0 == .ended)
        #expect(try result.workspace.kinds(result.run.journalPath).last == "journal.close")
    }
}

@Suite("Parsing action lines")
struct HeadlessCommandTests {
    static let contactStep = StepPresentation.contactFixture(["it-oncall", "vendor"])

    @Test func contactCallsTakeTheFirstWordAsIdOnlyWhenItIsOneOfTheStepsContacts() {
        #expect(
            HeadlessCommand.parse(
                "reached vendor will come", at: Self.contactStep, waitIsOver: false)
                == .success(
                    .action(.recordCall(contactID: "vendor", result: .reached, note: "will come"))))
        #expect(
            HeadlessCommand.parse(
                "left-message call back soon", at: Self.contactStep, waitIsOver: false)
                == .success(
                    .action(
                        .recordCall(contactID: nil, result: .leftMessage, note: "call back soon"))))
        #expect(
            HeadlessCommand.parse("no-answer", at: Self.contactStep, waitIsOver: false)
                == .success(.action(.recordCall(contactID: nil, result: .noAnswer, note: nil))))
    }

    @Test func doneOnAWaitEndsItEarlyOrNot() {
        let wait = StepPresentation.waitFixture(seconds: 60)
        #expect(
            HeadlessCommand.parse("done", at: wait, waitIsOver: true)
                == .success(.action(.endWait(reason: nil, early: false))))
        #expect(
            HeadlessCommand.parse("done IT came", at: wait, waitIsOver: false)
                == .success(.action(.endWait(reason: "IT came", early: true))))
    }

    @Test func argumentsAreVerbatimAndCarriageReturnsDropped() {
        #expect(
            HeadlessCommand.parse("note  a  b ", at: nil, waitIsOver: false)
                == .success(.action(.note(text: " a  b "))))
        #expect(
            HeadlessCommand.parse("input 192.168.0.1\r", at: nil, waitIsOver: false)
                == .success(.action(.input(value: "192.168.0.1"))))
        #expect(
            HeadlessCommand.parse("input", at: nil, waitIsOver: false)
                == .success(.action(.input(value: ""))))
        #expect(
            HeadlessCommand.parse("skip", at: nil, waitIsOver: false)
                == .success(.action(.skip(reason: ""))))
    }

    @Test func evidenceLinesNameTheFileFirstAndTheDescriptionAfter() {
        #expect(
            HeadlessCommand.parse("evidence 画面の写真 3 枚", at: nil, waitIsOver: false)
                == .success(.evidence(description: "画面の写真 3 枚", filePath: nil)))
        #expect(
            HeadlessCommand.parse("evidence-file /tmp/a.png 受付の画面", at: nil, waitIsOver: false)
                == .success(.evidence(description: "受付の画面", filePath: "/tmp/a.png")))
        #expect(
            HeadlessCommand.parse("evidence-file photo.jpg", at: nil, waitIsOver: false)
                == .success(.evidence(description: "", filePath: "photo.jpg")))
        #expect(
            HeadlessCommand.parse("evidence-file", at: nil, waitIsOver: false)
                == .failure(.evidencePathMissing))
    }

    @Test func ignorableLines() {
        #expect(HeadlessCommand.isIgnorable(""))
        #expect(HeadlessCommand.isIgnorable("   # note to self"))
        #expect(!HeadlessCommand.isIgnorable("done # not a comment"))
    }
}

extension StepPresentation {
    static func contactFixture(_ ids: [String]) -> StepPresentation {
        var step = waitFixture(seconds: 0)
        step.kind = .contact(contactIDs: ids)
        step.waitSeconds = nil
        step.contacts = ids.map {
            ContactCard(
                id: $0, name: $0, phones: [], hours: nil, url: nil, notes: nil, isKnown: true)
        }
        return step
    }

    static func waitFixture(seconds: Int) -> StepPresentation {
        FixtureRunbooks.machine(steps: [
            .init(id: "w", kind: .wait(seconds: seconds), title: FixtureRunbooks.text("待つ", "Wait"))
        ]).presentation(
            of: {
                var state = FixtureRunbooks.newRun("solo")
                state.status = .running
                state.frames = [RunFrame(runbookID: "solo", stepID: "w")]
                return state
            }()
        ).unsafelyUnwrappedForTests
    }
}

extension Optional {
    var unsafelyUnwrappedForTests: Wrapped {
        guard let value = self else { preconditionFailure("fixture produced nil") }
        return value
    }
}

@Suite("Printing a contact without a number")
struct HeadlessBlankContactTests {
    @Test func aContactWithoutANumberPrintsWhatToDoAndItsNotes() {
        var step = StepPresentation.contactFixture(["duty-manager", "it-oncall"])
        step.contacts[0].name = "当直責任者"
        step.contacts[0].notes = "発見したらすぐ電話する。"
        step.contacts[1].phones = ["内線 1234"]
        let text = StepPrinter(language: "ja").render(step)
        #expect(
            text.contains(
                "  duty-manager: 当直責任者\n    番号が登録されていません。院内の緊急連絡表（内線表）で「当直責任者」の番号を探してください。"))
        #expect(text.contains("    発見したらすぐ電話する。"))
        #expect(text.contains("  it-oncall: it-oncall  内線 1234\n"))
        #expect(!StepPrinter(language: "en").render(step).contains("番号"))
    }
}
