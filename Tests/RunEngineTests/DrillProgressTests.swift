import RunEngine
import RunbookModel
import Testing

/// The drill clock and inject triggers, driven by explicit wall times: no clock, no sleeping.
@Suite("Drill progress")
struct DrillProgressTests {
    static func text(_ words: String) -> LocalizedText { LocalizedText(words, language: "en") }

    static let scenario = DrillScenario(
        id: "night", version: 1, title: text("Night"), type: .functional, runbookID: "ward",
        story: text("Story"),
        injects: [
            Inject(id: "timed", text: text("Phone rings"), trigger: .at(seconds: 240)),
            Inject(
                id: "stepped", text: text("Call bell"),
                trigger: .afterStep(runbook: "ward", step: "pull", delaySeconds: 60)),
            Inject(
                id: "chosen", text: text("Wi-Fi"),
                trigger: .onChoice(runbook: "ward", step: "ask", option: "wifi", delaySeconds: 0)),
            Inject(
                id: "nobody", text: text("Nobody called"),
                trigger: .unless(milestone: "it-called", bySeconds: 900)),
            Inject(id: "held", text: text("Power cut"), trigger: .manual),
        ],
        expectations: [
            DrillExpectation(milestone: "isolated", targetSeconds: 300),
            DrillExpectation(milestone: "it-called", targetSeconds: 600),
            DrillExpectation(milestone: "noticed", targetSeconds: 60, required: false),
        ])

    /// Wall microseconds at `seconds` after an arbitrary epoch.
    static func wall(_ seconds: Int) -> Int64 { 1_700_000_000_000_000 + Int64(seconds) * 1_000_000 }

    /// Delivers what is due at `seconds`, as the session does before each action; returns the ids.
    private func deliverDue(_ progress: inout DrillProgress, at seconds: Int) -> [String] {
        let due = progress.due(atWall: Self.wall(seconds))
        for inject in due {
            progress.apply(.delivered(inject: inject.id), atWall: Self.wall(seconds))
        }
        return due.map(\.id)
    }

    @Test func nothingIsDueBeforeStartExAndATimedInjectFiresAtItsDrillClockTimeOnce() {
        var progress = DrillProgress(scenario: Self.scenario)
        #expect(progress.due(atWall: Self.wall(10_000)).isEmpty)
        progress.apply(.started, atWall: Self.wall(0))
        #expect(deliverDue(&progress, at: 239).isEmpty)
        #expect(deliverDue(&progress, at: 240) == ["timed"])
        #expect(deliverDue(&progress, at: 300).isEmpty)
        #expect(progress.delivered["timed"] == 240)
    }

    @Test func stepAndChoiceInjectsFireOnceAfterTheirDelay() {
        var progress = DrillProgress(scenario: Self.scenario)
        progress.apply(.started, atWall: Self.wall(0))
        progress.apply(
            .stepCompleted(runbook: "ward", step: "ask", option: "wired", milestones: []),
            atWall: Self.wall(10))
        #expect(deliverDue(&progress, at: 10).isEmpty)
        progress.apply(
            .stepCompleted(runbook: "ward", step: "ask", option: "wifi", milestones: []),
            atWall: Self.wall(20))
        #expect(deliverDue(&progress, at: 20) == ["chosen"])
        progress.apply(
            .stepCompleted(runbook: "ward", step: "pull", option: nil, milestones: ["isolated"]),
            atWall: Self.wall(30))
        #expect(deliverDue(&progress, at: 89).isEmpty)
        #expect(deliverDue(&progress, at: 90) == ["stepped"])
        // The same step and choice again (a back and redo) set off nothing more.
        progress.apply(
            .stepCompleted(runbook: "ward", step: "ask", option: "wifi", milestones: []),
            atWall: Self.wall(100))
        progress.apply(
            .stepCompleted(runbook: "ward", step: "pull", option: nil, milestones: []),
            atWall: Self.wall(110))
        #expect(deliverDue(&progress, at: 200).isEmpty)
    }

    @Test func aContingencyFiresOnlyWhenItsMilestoneIsMissingAtItsTime() {
        var missing = DrillProgress(scenario: Self.scenario)
        missing.apply(.started, atWall: Self.wall(0))
        _ = deliverDue(&missing, at: 899)
        #expect(deliverDue(&missing, at: 900) == ["nobody"])

        var called = DrillProgress(scenario: Self.scenario)
        called.apply(.started, atWall: Self.wall(0))
        called.apply(
            .stepCompleted(runbook: "ward", step: "call", option: nil, milestones: ["it-called"]),
            atWall: Self.wall(500))
        _ = deliverDue(&called, at: 899)
        #expect(deliverDue(&called, at: 2_000).isEmpty)
    }

    @Test func pauseStopsTheDrillClock() {
        var progress = DrillProgress(scenario: Self.scenario)
        progress.apply(.started, atWall: Self.wall(0))
        progress.apply(.paused, atWall: Self.wall(100))
        #expect(progress.drillSeconds(atWall: Self.wall(5_000)) == 100)
        #expect(progress.due(atWall: Self.wall(5_000)).isEmpty)
        progress.apply(.resumed, atWall: Self.wall(5_000))
        #expect(progress.drillSeconds(atWall: Self.wall(5_139)) == 239)
        #expect(deliverDue(&progress, at: 5_139).isEmpty)
        #expect(deliverDue(&progress, at: 5_140) == ["timed"])
    }

    @Test func replayingTheEventsDeliversNothingTwice() {
        var live = DrillProgress(scenario: Self.scenario)
        var events: [(DrillProgress.Event, Int)] = [(.started, 0)]
        live.apply(.started, atWall: Self.wall(0))
        for id in deliverDue(&live, at: 300) { events.append((.delivered(inject: id), 300)) }
        let step = DrillProgress.Event.stepCompleted(
            runbook: "ward", step: "pull", option: nil, milestones: ["isolated"])
        live.apply(step, atWall: Self.wall(310))
        events.append((step, 310))
        for id in deliverDue(&live, at: 400) { events.append((.delivered(inject: id), 400)) }
        #expect(live.delivered.keys.sorted() == ["stepped", "timed"])

        // As after a SIGKILL: rebuilt from what the journal holds, then the clock goes on.
        var replayed = DrillProgress(scenario: Self.scenario)
        for (event, second) in events { replayed.apply(event, atWall: Self.wall(second)) }
        #expect(replayed == live)
        #expect(deliverDue(&replayed, at: 899).isEmpty)
        #expect(deliverDue(&replayed, at: 900) == ["nobody"])
    }

    @Test func manualInjectsFireOnlyWhenAskedAndOnlyOnce() {
        var progress = DrillProgress(scenario: Self.scenario)
        progress.apply(.started, atWall: Self.wall(0))
        #expect(!deliverDue(&progress, at: 100_000).contains("held"))
        #expect(progress.canFireManually("held") && !progress.canFireManually("timed"))
        progress.apply(.delivered(inject: "held"), atWall: Self.wall(100_000))
        #expect(!progress.canFireManually("held"))
        #expect(progress.awaitingAcknowledgement.map(\.id).contains("held"))
        progress.apply(.acknowledged(inject: "held"), atWall: Self.wall(100_001))
        #expect(!progress.awaitingAcknowledgement.map(\.id).contains("held"))
    }

    @Test func expectationsAreMetMissedOrNotReachedWithTheirTimes() {
        var progress = DrillProgress(scenario: Self.scenario)
        progress.apply(.started, atWall: Self.wall(0))
        progress.apply(
            .stepCompleted(runbook: "ward", step: "pull", option: nil, milestones: ["isolated"]),
            atWall: Self.wall(280))
        progress.apply(
            .stepCompleted(runbook: "ward", step: "call", option: nil, milestones: ["it-called"]),
            atWall: Self.wall(700))
        progress.apply(
            .stepCompleted(runbook: "ward", step: "redo", option: nil, milestones: ["isolated"]),
            atWall: Self.wall(800))
        #expect(
            progress.expectationResults.map {
                "\($0.expectation.milestone) \($0.outcome.rawValue) \($0.reachedAtSecond ?? -1)"
            }
                == ["isolated met 280", "it-called missed 700", "noticed not-reached -1"])
    }
}
