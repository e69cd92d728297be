import ActionJournal
import Foundation
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

/// A headless drill driven by a script on a manual clock: injects fire at their
/// drill-clock times and once, the journal is a drill's, nothing sleeps.
@Suite("Headless drills")
struct DrillSessionTests {
    static func text(_ words: String) -> LocalizedText { LocalizedText(words, language: "en") }

    static let scenario = DrillScenario(
        id: "ward-night", version: 3, title: text("Ward night"), type: .functional,
        runbookID: MilestoneRunbook.id,
        exercises: ["確認表 1-2"], roles: [DrillRole(id: "nurse", label: text("Nurse"))],
        story: text("A red screen at 3 a.m."),
        contacts: [
            SimulatedContact(
                contact: "it-oncall", script: text("On my way"), reachableAfterSeconds: 300)
        ],
        injects: [
            Inject(id: "timed", text: text("The phone rings"), trigger: .at(seconds: 120)),
            Inject(
                id: "stepped", text: text("A call bell"),
                trigger: .afterStep(
                    runbook: MilestoneRunbook.id, step: "pull-cable", delaySeconds: 30)),
            Inject(
                id: "chosen", text: text("Wi-Fi is off"),
                trigger: .onChoice(
                    runbook: MilestoneRunbook.id, step: "wifi-off", option: "stopped",
                    delaySeconds: 0)),
            Inject(
                id: "nobody", text: text("Nobody called IT"),
                trigger: .unless(milestone: "it-called", bySeconds: 600)),
            Inject(id: "held", text: text("Power cut"), trigger: .manual),
        ],
        expectations: [
            DrillExpectation(milestone: "isolated", targetSeconds: 300),
            DrillExpectation(milestone: "it-called", targetSeconds: 600),
            DrillExpectation(milestone: "logs-preserved", targetSeconds: 900, required: false),
        ],
        hotWash: [text("What went well?")], sourceSHA256: String(repeating: "ab", count: 32))

    /// Lines read one by one; before each, the manual clock moves by the seconds given with it.
    struct TimedLines: LineSource {
        var lines: [(seconds: Int64, line: String)]
        let clock: ManualJournalClock

        mutating func nextLine() -> String? {
            guard !lines.isEmpty else { return nil }
            let (seconds, line) = lines.removeFirst()
            clock.advance(microseconds: seconds * 1_000_000)
            return line
        }
    }

    private func request(_ workspace: SessionWorkspace) -> RunStartRequest {
        RunStartRequest(
            runbookID: RunbookID(MilestoneRunbook.id), machine: MilestoneRunbook.machine,
            language: "en",
            operatorName: "nurse-07", destination: .directory(workspace.directory.path),
            clock: workspace.clock,
            machineFacts: FixedMachineFacts(),
            sealKeyStore: nil)
    }

    func start(_ workspace: SessionWorkspace, scenario: DrillScenario = Self.scenario) throws
        -> DrillSession
    {
        workspace.clock.tickMicroseconds = 0
        return try DrillSession.start(request(workspace), scenario: scenario, team: "night-a")
    }

    @Test func aScriptedDrillFiresEachInjectOnceAtItsTimeAndEndsAfterTheHotWash() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        let output = CollectedText()
        let errors = CollectedText()
        var input = TimedLines(
            lines: [
                (0, "skip not known"), (130, "done"), (0, "ack timed"), (40, "choose stopped"),
                (0, "reached it-oncall"), (500, "reached it-oncall"), (0, "done"), (0, "confirm"),
                (0, "done"),
                (0, "done"), (0, "hotwash The cable was easy to find"), (0, "done"),
            ],
            clock: workspace.clock)
        let exit = DrillHeadlessRunner(
            session: session, realRunRequest: request(workspace), output: output, errors: errors
        )
        .drive(&input)
        #expect(exit == .ended, "\(errors.text)")
        #expect(errors.text.isEmpty)
        let path = session.run.journalPath
        #expect(path.split(separator: "/").last?.hasPrefix("DRILL-") == true)
        let records = try workspace.records(path)
        let open = try #require(records.first)
        #expect(open.bool("drill") == true && open.string("scenario") == "ward-night")
        #expect(
            open.integer("scenario_version") == 3
                && open.string("scenario_sha256") == Self.scenario.sourceSHA256)
        let started = try #require(records.first { $0.kind == "drill.started" })
        #expect(
            started.string("team") == "night-a"
                && started.string("story") == "A red screen at 3 a.m.")
        #expect(started.string("type") == "functional")
        #expect(started.value("exercises") == .array(Self.scenario.exercises.map { .string($0) }))
        let delivered = records.filter { $0.kind == "inject.delivered" }
        #expect(
            delivered.map {
                "\($0.string("inject") ?? "") \($0.string("trigger") ?? "") \($0.integer("drill_seconds") ?? -1)"
            } == [
                "timed timed 130", "stepped step 170", "chosen choice 170",
                "nobody contingency 670",
            ])
        #expect(
            records.filter { $0.kind == "inject.acknowledged" }.compactMap { $0.string("inject") }
                == ["timed"])
        let calls = records.filter { $0.kind == "contact.attempted" }.compactMap {
            $0.string("result")
        }
        #expect(
            calls == ["no-answer", "reached"], "before reachable_after Shodo answers no-answer")
        #expect(
            output.text.contains("(drill) it-oncall: no answer")
                && output.text.contains("(drill) it-oncall: On my way"))
        #expect(
            output.text.contains("inject timed: The phone rings")
                && output.text.contains("hot wash: What went well?"))
        let answer = try #require(records.first { $0.kind == "hotwash.answered" })
        #expect(
            answer.integer("question") == 0
                && answer.string("answer") == "The cable was easy to find")
        #expect(
            answer.string("text") == "What went well?",
            "the question's text as shown, for the after-action report")
        #expect(
            answer.message.contains("What went well?"),
            "the timeline and the review pack show the question with its answer")
        let kinds = records.map(\.kind)
        #expect(
            Array(kinds.suffix(4)) == [
                "run.ended", "hotwash.answered", "drill.ended", "journal.close",
            ])
        let ended = try #require(records.first { $0.kind == "drill.ended" })
        guard case .array(let results)? = ended.value("expectations") else {
            Issue.record("drill.ended has no expectations array")
            return
        }
        let summary = results.map { result -> String in
            guard case .object(let members) = result else { return "?" }
            let value = { (name: String) in members.first { $0.name == name }?.value }
            return
                "\(value("milestone")?.stringValue ?? "") \(value("result")?.stringValue ?? "") \(value("drill_seconds")?.integerValue ?? -1)"
        }
        #expect(summary == ["isolated met 130", "it-called missed 670", "logs-preserved met 670"])
        #expect(try workspace.verify(path).isIntact)
    }

    @Test func pausingTheDrillClockHoldsBackATimedInject() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        workspace.clock.advance(microseconds: 60_000_000)
        #expect(session.pauseClock(reason: "fire alarm drill next door") == nil)
        workspace.clock.advance(microseconds: 3_600_000_000)
        #expect(try session.deliverDue().get().isEmpty)
        #expect(session.resumeClock(reason: "back") == nil)
        workspace.clock.advance(microseconds: 59_000_000)
        #expect(try session.deliverDue().get().isEmpty)
        workspace.clock.advance(microseconds: 1_000_000)
        #expect(try session.deliverDue().get().map(\.id) == ["timed"])
        #expect(try session.deliverDue().get().isEmpty, "an inject fires once")
        let kinds = try workspace.kinds(session.run.journalPath)
        #expect(kinds.contains("drill.paused") && kinds.contains("drill.resumed"))
        session.run.pauseIfOpen()
    }

    @Test func aManualInjectFiresOnceAndAcknowledgingTwiceIsRefused() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        #expect(try session.fireManually("held").get().id == "held")
        #expect(throws: SessionError.self) { try session.fireManually("held").get() }
        #expect(throws: SessionError.self) { try session.fireManually("timed").get() }
        #expect(session.acknowledge("held") == nil)
        #expect(
            session.acknowledge("held")?.message(language: "en")
                == "no delivered inject 'held' is waiting to be acknowledged")
        session.run.pauseIfOpen()
    }

    @Test func aResumeAfterAKillFiresNothingTwiceAndTheDrillClockGoesOnFromTheJournal() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        _ = try session.perform(.skip(reason: "not known")).get()
        workspace.clock.advance(microseconds: 130_000_000)
        #expect(try session.perform(.done(note: nil)).get().delivered.map(\.id) == ["timed"])
        let path = session.run.journalPath
        // SIGKILL: the process is gone without another record; the lock goes with it.
        session.run.pauseWithoutRecord()
        workspace.clock.advance(microseconds: 3_600_000_000)

        let resumed = try DrillSession.resume(
            path: path, machine: MilestoneRunbook.machine, scenarios: [Self.scenario],
            operatorName: "clerk-02",
            clock: workspace.clock, machineFacts: FixedMachineFacts())
        #expect(resumed.progress.delivered.keys.sorted() == ["timed"])
        #expect(resumed.progress.reached["isolated"] == 130)
        let clockNow = resumed.progress.drillSeconds(
            atWall: workspace.clock.instant.wallMicroseconds)
        #expect(clockNow == 130, "the hour the process was dead is not drill time")
        #expect(try resumed.deliverDue().get().isEmpty)
        workspace.clock.advance(microseconds: 30_000_000)
        #expect(try resumed.deliverDue().get().map(\.id) == ["stepped"])
        let delivered = try workspace.records(path).filter { $0.kind == "inject.delivered" }
            .compactMap { $0.string("inject") }
        #expect(delivered == ["timed", "stepped"])
        #expect(try workspace.kinds(path).contains("drill.resumed"))
        resumed.run.pauseIfOpen()
    }

    @Test func aTabletopDrillRecordsTheDecisionItsRationaleAndWhoDecidedFromHeadlessLines() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        var tabletop = Self.scenario
        tabletop.type = .tabletop
        let session = try start(workspace, scenario: tabletop)
        let output = CollectedText()
        let errors = CollectedText()
        var input = TimedLines(
            lines: [
                (0, "decision Pull the cable first"), (0, "rationale It stops the spread"),
                (0, "skip not known"),
            ],
            clock: workspace.clock)
        let exit = DrillHeadlessRunner(
            session: session, realRunRequest: request(workspace), output: output, errors: errors
        )
        .drive(&input)
        #expect(exit == .paused, "\(errors.text)")
        let decision = try #require(
            try workspace.records(session.run.journalPath).first { $0.kind == "decision.recorded" })
        #expect(
            decision.string("step") == "noticed-at"
                && decision.string("decision") == "Pull the cable first")
        #expect(
            decision.string("rationale") == "It stops the spread"
                && decision.string("decided_by") == "nurse-07")
        #expect(
            try workspace.records(session.run.journalPath).first { $0.kind == "drill.started" }?
                .bool("tabletop") == true)
    }

    @Test func aRationaleWithoutADecisionAndADecisionInAFunctionalDrillAreRefused() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        var tabletop = Self.scenario
        tabletop.type = .tabletop
        for (scenario, line, refusal) in [
            (tabletop, "rationale Because", "refused: give the `decision TEXT` first"),
            (Self.scenario, "decision Pull it", "refused: `decision` is for tabletop drills only"),
        ] {
            let session = try start(workspace, scenario: scenario)
            let errors = CollectedText()
            var input = TimedLines(lines: [(0, line)], clock: workspace.clock)
            let exit = DrillHeadlessRunner(
                session: session, realRunRequest: request(workspace), output: CollectedText(),
                errors: errors
            ).drive(&input)
            #expect(exit == .refused)
            #expect(errors.text.hasPrefix(refusal), "\(errors.text)")
            #expect(try !workspace.kinds(session.run.journalPath).contains("decision.recorded"))
        }
    }

    @Test func realWorldClosesTheDrillJournalAndTheSameInputDrivesTheRealRunThatNamesIt() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let session = try start(workspace)
        let output = CollectedText()
        let errors = CollectedText()
        var input = TimedLines(
            lines: [(0, "skip not known"), (0, "real-world"), (0, "skip again")],
            clock: workspace.clock)
        let exit = DrillHeadlessRunner(
            session: session, realRunRequest: request(workspace), output: output, errors: errors
        )
        .drive(&input)
        #expect(exit == .paused, "\(errors.text)")
        let drillRecords = try workspace.records(session.run.journalPath)
        #expect(
            drillRecords.suffix(3).map(\.kind) == [
                "run.ended", "drill.real-world", "journal.close",
            ])
        let realJID = try #require(
            drillRecords.first { $0.kind == "drill.real-world" }?.string("real_jid"))
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path)
        let realName = try #require(
            names.first { !$0.hasPrefix("DRILL-") && $0.hasSuffix(".jsonl") })
        let realRecords = try workspace.records(workspace.directory.file(realName))
        let open = try #require(realRecords.first)
        #expect(open.jid.uuidString.lowercased() == realJID)
        #expect(open.bool("drill") == false && open.string("scenario") == nil)
        #expect(open.string("drill_jid") == session.run.jid.uuidString.lowercased())
        #expect(open.string("drill_h") == drillRecords.last?.recordHash)
        // The real run starts at the runbook's first step, and the next line was carried out on it.
        #expect(
            realRecords.map(\.kind).prefix(3) == ["journal.open", "run.started", "step.skipped"])
        #expect(realRecords.first { $0.kind == "step.skipped" }?.string("step") == "noticed-at")
        #expect(
            output.text.contains("This is a real incident. The drill is stopped. Real journal: "))
        #expect(try workspace.verify(session.run.journalPath).isIntact)
    }
}
