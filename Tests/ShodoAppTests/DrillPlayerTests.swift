import ActionJournal
import Foundation
import RunEngine
import RunbookModel
import ShodoApp
import ShodoTestSupport
import TerminalUI
import Testing

@testable import RunSession

/// The player's screen of a drill (docs/drill-scenario.md "Running"), driven headless:
/// intents into the controller, frames rendered at 80x24, a manual clock, a real journal.
@MainActor
@Suite("The player's screen of a drill")
struct DrillPlayerTests {
    static func text(_ ja: String, _ en: String) -> LocalizedText { FixtureRunbooks.text(ja, en) }

    static let ward = Runbook(
        id: "ward", version: 1, title: text("病棟の初動", "Ward first response"),
        languages: ["ja", "en"],
        steps: [
            Step(id: "intro", title: text("手を離す", "Take your hands off the PC")),
            Step(
                id: "call", kind: .contact(contactIDs: ["it-oncall"]),
                title: text("IT に電話", "Phone IT"), milestone: "it-called"),
            Step(
                id: "ask",
                kind: .choice([
                    ChoiceOption(id: "wired", label: text("有線", "Wired")),
                    ChoiceOption(id: "wifi", label: text("無線", "Wi-Fi")),
                ]), title: text("つなぎ方は？", "Wired or Wi-Fi?")),
            Step(id: "finish", kind: .end(.resolved), title: text("おわり", "Finished")),
        ],
        milestones: [Milestone(id: "it-called", label: text("IT に連絡がついた", "IT reached"))])

    static let functional = DrillScenario(
        id: "ward-drill", version: 1, title: text("病棟訓練", "Ward drill"), languages: ["ja", "en"],
        type: .functional,
        runbookID: "ward", roles: [DrillRole(id: "nurse", label: text("夜勤看護師", "Night nurse"))],
        story: text("午前3時、赤い画面。", "A red screen at 3 a.m."),
        contacts: [
            SimulatedContact(
                contact: "it-oncall", script: text("今行きます", "On my way"), reachableAfterSeconds: 300
            )
        ],
        injects: [
            Inject(
                id: "phone", text: text("電話が鳴る", "The phone rings"), to: "nurse",
                trigger: .at(seconds: 60)),
            Inject(
                id: "bell", text: text("ナースコール", "A call bell rings"),
                trigger: .afterStep(runbook: "ward", step: "intro", delaySeconds: 0)),
        ],
        expectations: [DrillExpectation(milestone: "it-called", targetSeconds: 1234)],
        hotWash: [
            text("迷ったことは？", "What made you hesitate?"), text("次に変えることは？", "What will you change?"),
        ],
        sourceSHA256: String(repeating: "cd", count: 32))

    static let tabletop: DrillScenario = {
        var scenario = functional
        scenario.id = "ward-table"
        scenario.type = .tabletop
        scenario.injects = []
        scenario.modules = [
            DrillModule(
                id: "verify", title: text("確認", "Verify"), minutes: 15,
                questions: [text("誰が決める？", "Who decides?")]),
            DrillModule(id: "recover", title: text("復旧", "Recover"), minutes: 10),
        ]
        return scenario
    }()

    static let library: RunbookLibrary = {
        var library = AppHarness.library
        library.runbooks.append(ward)
        library.scenarios = [functional, tabletop]
        return library
    }()

    static let size = Size(width: 80, height: 24)

    private func harness(
        _ scenario: DrillScenario = Self.functional,
        directory: TemporaryDirectory = TemporaryDirectory("shodo-drill-app")
    )
        -> AppHarness
    {
        let harness = AppHarness(
            route: .drill(scenarioID: scenario.id, team: "night-a", tabletop: false),
            secondsPerReading: 0,
            directory: directory, library: Self.library)
        harness.controller.begin()
        return harness
    }

    private func screen(_ harness: AppHarness) -> [String] {
        AppRenderer.render(harness.controller.state, size: Self.size).grid.lines()
    }

    private func press(_ harness: AppHarness, _ key: Key) {
        harness.controller.handle(Keymap.intent(for: key, in: harness.controller.state))
    }

    private func type(_ harness: AppHarness, _ text: String) {
        for character in text { press(harness, .character(character)) }
    }

    /// A new start in `directory`, past the start screen's offer, which must be a drill's.
    private func acceptResumeOffer(in directory: TemporaryDirectory) throws -> AppHarness {
        let resumed = AppHarness(
            route: .triage, secondsPerReading: 0, directory: directory, library: Self.library)
        resumed.controller.begin()
        guard case .resumeOffer(let offer) = resumed.controller.state.screen else {
            throw OfferMissing(screen: resumed.controller.state.screen)
        }
        #expect(offer.isDrill)
        press(resumed, .enter)
        return resumed
    }

    struct OfferMissing: Error {
        var screen: AppScreen
    }

    private func records(_ path: String) throws -> [JournalRecord] {
        let reader = try JournalReader(path: path)
        var all: [JournalRecord] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    @Test func theBannerStaysOnTopOfEveryScreenAndOverlayAt80x24AndNoTargetTimeShows() throws {
        let harness = harness()
        defer { harness.directory.remove() }
        let controller = harness.controller
        var frames: [String: [String]] = ["story": screen(harness)]
        #expect(
            frames["story"]?.joined().contains("A red screen at 3 a.m.") == true,
            "the story shows at StartEx")
        press(harness, .character("x"))
        frames["step"] = screen(harness)
        press(harness, .character("?"))
        frames["help"] = screen(harness)
        press(harness, .escape)
        press(harness, .character("!"))
        frames["real-world"] = screen(harness)
        press(harness, .escape)
        press(harness, .character("q"))
        frames["quit"] = screen(harness)
        press(harness, .escape)
        press(harness, .character("n"))
        frames["prompt"] = screen(harness)
        press(harness, .escape)
        press(harness, .enter)
        frames["card"] = screen(harness)
        for (name, lines) in frames {
            #expect(lines.count == 24 && lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(name)")
            #expect(
                lines.first?.hasPrefix(" 【訓練 / EXERCISE】 Ward drill") == true,
                "\(name): \(lines.first ?? "")")
            #expect(lines.first?.contains("drill clock 00:00") == true, "\(name)")
            let joined = lines.joined(separator: "\n")
            #expect(
                !joined.contains("20:34") && !joined.contains("IT reached"),
                "\(name): a target time shows")
        }
        // The banner is drawn in its own style, not only as words.
        let grid = AppRenderer.render(controller.state, size: Self.size).grid
        #expect(grid[Point(column: 2, row: 0)].style.role == .drillBanner)
        #expect(
            frames["real-world"]?.joined().contains("This is a real incident. Stop the drill?")
                == true)
        #expect(frames["card"]?.joined(separator: "\n").contains("A call bell rings") == true)
        #expect(
            frames["card"]?.joined(separator: "\n").contains("Phone IT") == true,
            "the card never hides the step")
    }

    @Test func aTimedInjectArrivesOnTheTickAsACardAndOAcknowledgesIt() throws {
        let harness = harness()
        defer { harness.directory.remove() }
        let controller = harness.controller
        press(harness, .escape)
        controller.tick()
        #expect(controller.state.drill?.cards.isEmpty == true)
        harness.clock.advance(microseconds: 61_000_000)
        controller.tick()
        let card = screen(harness).joined(separator: "\n")
        #expect(card.contains("Drill update (to Night nurse)") && card.contains("The phone rings"))
        #expect(card.contains("drill clock 01:01"))
        #expect(card.contains("[o] got it"))
        #expect(
            Keymap.intent(for: .character("o"), in: controller.state) == .acknowledgeInject("phone")
        )
        press(harness, .character("o"))
        #expect(controller.state.drill?.cards.isEmpty == true)
        #expect(!screen(harness).joined().contains("The phone rings"))
        #expect(harness.journalKinds.suffix(2) == ["inject.delivered", "inject.acknowledged"])
        controller.tick()
        #expect(
            harness.journalKinds.filter { $0 == "inject.delivered" }.count == 1,
            "an inject fires once")
        #expect(Keymap.intent(for: .character("o"), in: controller.state) == .ignore)
    }

    /// A functional drill past its story and first step, the card that step brought
    /// acknowledged: the player is at the call to the IT on-call.
    private func atTheCallStep() -> AppHarness {
        let harness = harness()
        press(harness, .escape)
        press(harness, .enter)
        press(harness, .character("o"))
        return harness
    }

    @Test func aSimulatedContactShowsNoNumberAndAnswersWithItsScriptOnlyOnceReachable() throws {
        let harness = atTheCallStep()
        defer { harness.directory.remove() }
        let controller = harness.controller
        let step = screen(harness).joined(separator: "\n")
        #expect(step.contains("IT on-call") && step.contains("Drill: no real call is made"))
        #expect(!step.contains("1234"), "no real number in a functional drill")
        var comcheck = controller.state
        comcheck.drill?.progress = DrillProgress(
            scenario: {
                var scenario = Self.functional
                scenario.type = .comcheck
                return scenario
            }())
        let real = AppRenderer.render(comcheck, size: Self.size).grid.lines().joined(
            separator: "\n")
        #expect(
            real.contains("内線 1234") && real.contains("Open the call with \"This is a drill\""),
            "a comcheck calls the real numbers")
        press(harness, .character("r"))
        #expect(controller.state.message?.text == "(drill) IT on-call: no answer")
        harness.clock.advance(microseconds: 301_000_000)
        press(harness, .character("r"))
        #expect(controller.state.message?.text == "(drill) IT on-call: On my way")
        let path = try #require(harness.journalPath)
        let calls = try records(path).filter { $0.kind == "contact.attempted" }
        #expect(calls.compactMap { $0.string("result") } == ["no-answer", "reached"])
    }

    @Test func theHotWashAsksEachQuestionAfterTheRunThenEndsTheDrill() throws {
        let harness = atTheCallStep()
        defer { harness.directory.remove() }
        let controller = harness.controller
        press(harness, .enter)
        press(harness, .character("1"))
        press(harness, .enter)
        #expect(controller.state.screen == .end)
        #expect(controller.state.prompt?.purpose == .hotWashAnswer)
        var end = screen(harness).joined(separator: "\n")
        #expect(end.contains("Hot wash 1/2:") && end.contains("What made you hesitate?"))
        #expect(end.hasPrefix(" 【訓練 / EXERCISE】"))
        press(harness, .enter)
        #expect(controller.state.prompt?.problem != nil, "an empty answer is refused in place")
        type(harness, "The cable")
        press(harness, .enter)
        end = screen(harness).joined(separator: "\n")
        #expect(end.contains("Hot wash 2/2:") && end.contains("What will you change?"))
        type(harness, "Label it")
        press(harness, .enter)
        #expect(controller.state.prompt == nil && controller.state.drill?.hasEnded == true)
        end = screen(harness).joined(separator: "\n")
        #expect(end.contains("The drill has ended (EXERCISE — not a real incident)."))
        let kinds = harness.journalKinds
        #expect(
            kinds.suffix(5) == [
                "run.ended", "hotwash.answered", "hotwash.answered", "drill.ended", "journal.close",
            ])
        let path = try #require(harness.journalPath)
        #expect(try JournalVerifier.verify(path: path).isIntact)
        let code = try #require(controller.state.run?.verificationCode)
        #expect(end.contains(code), "the code shown is the closed journal's")
    }

    @Test func theRealWorldAbortNeedsAConfirmationThenOpensARealJournalThatNamesTheDrill() throws {
        let harness = harness()
        defer { harness.directory.remove() }
        let controller = harness.controller
        press(harness, .escape)
        press(harness, .enter)
        press(harness, .character("!"))
        #expect(controller.state.overlay == .realWorldConfirmation)
        press(harness, .character("n"))
        #expect(
            controller.state.overlay == nil && controller.state.drill != nil,
            "any other key goes back to the drill")
        press(harness, .character("!"))
        press(harness, .character("y"))
        #expect(controller.state.drill == nil && controller.state.screen == .step)
        #expect(
            controller.state.run?.presentation?.stepID == "intro",
            "the real run starts at the first step")
        let lines = screen(harness)
        #expect(!lines.joined().contains("EXERCISE") && !lines.joined().contains("訓練"))
        #expect(lines.joined(separator: "\n").contains("This is the real response."))
        let journals = try FileManager.default.contentsOfDirectory(
            atPath: harness.directory.file("journals")
        ).sorted()
        let drillName = try #require(journals.first { $0.hasPrefix("DRILL-") })
        let realName = try #require(journals.first { !$0.hasPrefix("DRILL-") })
        let drill = try records(harness.directory.file("journals/" + drillName))
        let real = try records(harness.directory.file("journals/" + realName))
        #expect(drill.suffix(3).map(\.kind) == ["run.ended", "drill.real-world", "journal.close"])
        #expect(
            drill.first { $0.kind == "drill.real-world" }?.string("real_jid")
                == real.first?.jid.uuidString.lowercased())
        #expect(real.first?.string("drill_jid") == drill.first?.jid.uuidString.lowercased())
        #expect(real.first?.string("drill_h") == drill.last?.recordHash)
        #expect(real.first?.bool("drill") == false)
        #expect(controller.state.run?.journalPath == harness.directory.file("journals/" + realName))
        press(harness, .enter)
        #expect(
            try records(harness.directory.file("journals/" + realName)).last?.kind == "step.done",
            "the app goes on as a real run")
    }

    @Test func aTabletopStepAsksForTheDecisionItsRationaleAndWhoDecidedBeforeItMovesOn() throws {
        let harness = harness(Self.tabletop)
        defer { harness.directory.remove() }
        let controller = harness.controller
        press(harness, .escape)
        harness.clock.advance(microseconds: 75_000_000)
        controller.tick()
        var lines = screen(harness)
        #expect(
            lines[1].contains("Module 1/2 Verify: 13:45 left")
                && lines[1].contains("decision: not yet [d]"), "\(lines[1])")
        #expect(lines[2].contains("Questions: Who decides?"))
        #expect(lines.contains { $0.contains("[d] decision") })
        press(harness, .enter)
        #expect(controller.state.run?.presentation?.stepID == "intro", "the decision comes first")
        type(harness, "Unplug it")
        press(harness, .enter)
        type(harness, "It stops the spread")
        press(harness, .enter)
        #expect(
            controller.state.prompt?.field.text == "Nurse A", "who decided starts as the operator")
        press(harness, .enter)
        #expect(controller.state.run?.presentation?.stepID == "call")
        let path = try #require(harness.journalPath)
        let decision = try #require(try records(path).first { $0.kind == "decision.recorded" })
        #expect(decision.string("step") == "intro" && decision.string("decision") == "Unplug it")
        #expect(
            decision.string("rationale") == "It stops the spread"
                && decision.string("decided_by") == "Nurse A")
        // An empty decision goes on without one.
        press(harness, .enter)
        press(harness, .enter)
        #expect(controller.state.run?.presentation?.stepID == "ask")
        #expect(harness.journalKinds.filter { $0 == "decision.recorded" }.count == 1)
        harness.clock.advance(microseconds: 900_000_000)
        controller.tick()
        lines = screen(harness)
        #expect(lines[1].contains("Module 2/2 Recover"), "\(lines[1])")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func aDrillJournalCutAfterAnInjectResumesAsADrillFromTheStartScreenAndNothingFiresTwice()
        throws
    {
        let first = harness()
        defer { first.directory.remove() }
        press(first, .escape)
        press(first, .enter)
        #expect(first.journalKinds.last == "inject.delivered")
        let path = try #require(first.journalPath)
        first.controller.finish(.quitConfirmed)
        // A crash right after the inject: the journal ends there.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let cut = lines.prefix { !$0.contains(#""kind":"run.paused""#) }
        #expect(cut.last?.contains(#""kind":"inject.delivered""#) == true)
        let second = TemporaryDirectory("shodo-drill-app")
        defer { second.remove() }
        try FileManager.default.createDirectory(
            atPath: second.file("journals"), withIntermediateDirectories: true)
        let copy = second.file("journals/" + (path as NSString).lastPathComponent)
        try (cut.joined(separator: "\n") + "\n").write(
            toFile: copy, atomically: true, encoding: .utf8)

        let resumed = try acceptResumeOffer(in: second)
        let controller = resumed.controller
        #expect(controller.state.drill?.scenario.id == "ward-drill")
        #expect(
            controller.state.drill?.cards.map(\.id) == ["bell"],
            "the delivered inject still waits for its acknowledgement")
        #expect(screen(resumed).first?.contains("【訓練 / EXERCISE】") == true)
        resumed.clock.advance(microseconds: 30_000_000)
        controller.tick()
        press(resumed, .character("o"))
        resumed.clock.advance(microseconds: 40_000_000)
        controller.tick()
        let records = try records(copy)
        #expect(
            records.filter { $0.kind == "inject.delivered" }.compactMap { $0.string("inject") } == [
                "bell", "phone",
            ])
        #expect(records.contains { $0.kind == "drill.resumed" })
        controller.finish(.quitConfirmed)
    }

    @Test func aDrillLeftDuringItsHotWashIsOfferedAtStartAndAsksTheNextQuestion() throws {
        let first = harness()
        defer { first.directory.remove() }
        for key: Key in [.escape, .enter, .character("o"), .enter, .character("1"), .enter] {
            press(first, key)
        }
        type(first, "The cable")
        press(first, .enter)
        #expect(first.journalKinds.last == "hotwash.answered")
        first.controller.finish(.quitConfirmed)

        let resumed = try acceptResumeOffer(in: first.directory)
        #expect(
            resumed.controller.state.screen == .end
                && resumed.controller.state.prompt?.purpose == .hotWashAnswer)
        #expect(screen(resumed).joined(separator: "\n").contains("Hot wash 2/2:"))
        type(resumed, "Label it")
        press(resumed, .enter)
        #expect(resumed.journalKinds.suffix(2) == ["drill.ended", "journal.close"])
        #expect(resumed.journalKinds.filter { $0 == "hotwash.answered" }.count == 2)
    }

    /// A tabletop drill with the functional drill's injects, on its first step once the
    /// timed inject's card (`phone`) shows.
    private func crowdedTabletopWithACard() -> AppHarness {
        var crowded = Self.tabletop
        crowded.id = "ward-crowded"
        crowded.injects = Self.functional.injects
        var library = Self.library
        library.scenarios.append(crowded)
        let harness = AppHarness(
            route: .drill(scenarioID: crowded.id, team: nil, tabletop: false), secondsPerReading: 0,
            directory: TemporaryDirectory("shodo-drill-app"), library: library)
        harness.controller.begin()
        press(harness, .escape)
        harness.clock.advance(microseconds: 61_000_000)
        harness.controller.tick()
        return harness
    }

    @Test func theHelpOfADrillStepListsTheDrillsKeysAndEachDoesWhatItSays() throws {
        let harness = crowdedTabletopWithACard()
        defer { harness.directory.remove() }
        let below = harness.controller.state
        #expect(below.overlay == nil && below.drill?.cards.map(\.id) == ["phone"])
        let meanings: [String: HelpKeyCheck.Meaning] = [
            "got it": HelpKeyCheck.acknowledgesInject("phone"),
            "decision": HelpKeyCheck.recordsDecision,
            "real incident": HelpKeyCheck.asksIfItIsReal,
            "done": HelpKeyCheck.exactly(.perform(.done(note: nil))),
            "can't do": HelpKeyCheck.exactly(.openPrompt(.unableReason)),
            "skip": HelpKeyCheck.exactly(.openPrompt(.skipReason)),
            "note": HelpKeyCheck.exactly(.openPrompt(.note)),
            "evidence": HelpKeyCheck.exactly(.openPrompt(.evidenceDescription)),
            "back": HelpKeyCheck.exactly(.perform(.back)),
            "pause": HelpKeyCheck.exactly(.perform(.pause)),
            "help": HelpKeyCheck.exactly(.showOverlay(.help)),
            "quit": HelpKeyCheck.exactly(.showOverlay(.quitConfirmation)),
            "scroll": HelpKeyCheck.scrolls,
        ]
        let inHelp = ["abort": HelpKeyCheck.exactly(.openPrompt(.abortReason))]
        #expect(HelpKeyCheck.problems(below: below, meanings: meanings, inHelp: inHelp) == [])
        #expect(
            Array(HelpKeyCheck.listed(below: below).prefix(3).map(\.keys)) == ["o", "d", "!"],
            "a drill's keys come first")
    }

    @Test func theHelpOfTheHotWashListsTheAnswerKey() throws {
        let harness = harness()
        defer { harness.directory.remove() }
        for key: Key in [.escape, .enter, .character("o"), .enter, .character("1"), .enter] {
            press(harness, key)
        }
        #expect(harness.controller.state.prompt?.purpose == .hotWashAnswer)
        press(harness, .escape)
        let below = harness.controller.state
        #expect(below.screen == .end && below.prompt == nil)
        let meanings: [String: HelpKeyCheck.Meaning] = [
            "answer": HelpKeyCheck.answersHotWash,
            "quit": HelpKeyCheck.exactly(.quit),
            "help": HelpKeyCheck.exactly(.showOverlay(.help)),
        ]
        #expect(HelpKeyCheck.problems(below: below, meanings: meanings) == [])
        #expect(screen(harness).last?.contains("[Enter] answer") == true)
        press(harness, .enter)
        #expect(
            harness.controller.state.prompt?.purpose == .hotWashAnswer,
            "Enter opens the answer again")
    }

    @Test func theRealWorldConfirmationListsYesAndNo() throws {
        let harness = harness()
        defer { harness.directory.remove() }
        press(harness, .escape)
        press(harness, .character("!"))
        let state = harness.controller.state
        #expect(state.overlay == .realWorldConfirmation)
        #expect(ScreenKeys.commands(for: state) == [.realWorldYes, .quitNo])
        #expect(screen(harness).last == "[y] it is real  [n] no")
        #expect(Keymap.intent(for: .character("Y"), in: state) == .confirmRealWorld)
        #expect(
            Keymap.intent(for: .character("x"), in: state) == .closeOverlay,
            "any other key goes back to the drill")
    }

    @Test func atTheSmallestWindowATabletopStepWithACardKeepsTheBannerAndTheKeyLine() throws {
        let harness = crowdedTabletopWithACard()
        defer { harness.directory.remove() }
        #expect(harness.controller.state.drill?.cards.count == 1)
        for size in [AppRenderer.minimumSize, Self.size] {
            let lines = AppRenderer.render(harness.controller.state, size: size).grid.lines()
            #expect(lines.first?.contains("【訓練 / EXERCISE】") == true, "\(size)")
            #expect(lines.contains { $0.contains("The phone rings") }, "\(size)")
            #expect(
                lines.suffix(3).joined().contains("[q] quit"), "\(lines.joined(separator: "\n"))")
            #expect(lines.joined().contains("[o] got it"))
        }
    }

    /// The live control socket, as `shodo` wires it, in the test's own directory.
    struct SocketPort: DrillControlPort {
        func open(for session: DrillSession, realRunRequest: RunStartRequest) -> Result<
            DrillControlServer, DrillControlError
        > {
            DrillControlServer.open(for: session, realRunRequest: realRunRequest)
        }
    }

    /// A player's screen with the live socket in `directory`, and a controller connected to it
    /// that has sent `requests` (nothing is served before the player's tick).
    private func playerWithController(
        _ directory: TemporaryDirectory, sending requests: [DrillControlRequest]
    ) throws -> (harness: AppHarness, journal: String, descriptor: Int32) {
        let harness = AppHarness(
            route: .drill(scenarioID: Self.functional.id, team: "night-a", tabletop: false),
            secondsPerReading: 0,
            directory: directory, library: Self.library, drillControl: SocketPort())
        harness.controller.begin()
        let journal = try #require(harness.journalPath)
        let descriptor = try ControlSocket.connect(
            to: DrillControlServer.socketPath(forJournal: journal)
        ).get()
        for request in [DrillControlRequest.attach(facilitator: "sato")] + requests {
            let line = Array((request.line + "\n").utf8)
            #expect(ControlSocket.send(descriptor, line[...]) == line.count)
        }
        return (harness, journal, descriptor)
    }

    @Test func theFacilitatorsRequestsOverTheSocketAreJournaledByThePlayerOnItsTick() throws {
        let directory = TemporaryDirectory("shodo-drill-socket")
        defer { directory.remove() }
        let (harness, journal, descriptor) = try playerWithController(
            directory,
            sending: [
                .pause(reason: "tea"),
                .observe(.init(text: "Calm and quick", milestone: "it-called")),
            ])
        defer { _ = Foundation.close(descriptor) }
        #expect(!harness.journalKinds.contains("drill.paused"), "nothing is served before the tick")
        harness.controller.tick()
        var records: [JournalRecord] = []
        try JournalReader(path: journal).forEach { records.append($0) }
        let paused = try #require(records.first { $0.kind == "drill.paused" })
        #expect(paused.actor == "sato")
        let observed = try #require(records.first { $0.kind == "observation.recorded" })
        #expect(observed.actor == "sato" && observed.string("text") == "Calm and quick")
        #expect(harness.controller.state.drill?.progress.isRunning == false)
        #expect(screen(harness).joined(separator: "\n").contains("sato"))
    }

    @Test func theFacilitatorsEndStopsTheRunAndShowsTheEndScreen() throws {
        let directory = TemporaryDirectory("shodo-drill-socket")
        defer { directory.remove() }
        let (harness, journal, descriptor) = try playerWithController(directory, sending: [.end])
        defer { _ = Foundation.close(descriptor) }
        harness.controller.tick()
        #expect(harness.controller.state.screen == .end)
        #expect(harness.journalKinds.suffix(3) == ["run.ended", "drill.ended", "journal.close"])
        #expect(
            !FileManager.default.fileExists(
                atPath: DrillControlServer.socketPath(forJournal: journal)))
        #expect(harness.controller.state.drill?.hasEnded == true)
    }
}
