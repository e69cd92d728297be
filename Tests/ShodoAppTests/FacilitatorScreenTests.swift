import ActionJournal
import Foundation
import Notation
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// The facilitator's screen drawn from a real drill's snapshot, and its keys making requests.
@Suite("Facilitator screen")
@MainActor
struct FacilitatorScreenTests {
    static func text(_ words: String) -> LocalizedText { LocalizedText(words, language: "en") }

    static let scenario = DrillScenario(
        id: "ward-night", version: 1, title: text("Ward night"), type: .functional,
        runbookID: MilestoneRunbook.id,
        story: text("A red screen at 3 a.m."),
        contacts: [
            SimulatedContact(
                contact: "it-oncall", script: text("On my way"), reachableAfterSeconds: 300)
        ],
        injects: [
            Inject(id: "phone", text: text("The phone rings"), trigger: .at(seconds: 120)),
            Inject(id: "power", text: text("Power cut"), trigger: .manual),
        ],
        expectations: [DrillExpectation(milestone: "isolated", targetSeconds: 300)],
        rating: .psmu, sourceSHA256: String(repeating: "ab", count: 32))

    /// A drill 150 s in (the timed inject delivered), and the state of a screen that has its snapshot.
    private func drillState(_ directory: TemporaryDirectory) throws -> FacilitatorState {
        let clock = ManualJournalClock()
        clock.tickMicroseconds = 0
        let session = try DrillSession.start(
            RunStartRequest(
                runbookID: RunbookID(MilestoneRunbook.id), machine: MilestoneRunbook.machine,
                language: "en",
                operatorName: "nurse-07", destination: .directory(directory.path), clock: clock,
                machineFacts: FixedMachineFacts(), sealKeyStore: nil),
            scenario: Self.scenario, team: nil)
        clock.advance(microseconds: 150_000_000)
        _ = try session.deliverDue().get()
        let server = try DrillControlServer.open(
            for: session, realRunRequest: session.realRunRequest(sealKeyStore: nil)
        ).get()
        defer { server.close() }
        var state = FacilitatorState(
            journal: session.run.journalPath, facilitator: "sato", language: "en",
            offset: RecordedOffset(recorded: "+00:00"))
        state.take([DrillControlMessage.snapshot(server.snapshot())], atWall: 0)
        return state
    }

    @Test func theScreenShowsTheClockInjectsExpectationsStepAndTailIn80x24() throws {
        let directory = TemporaryDirectory("shodo-facilitator")
        defer { directory.remove() }
        let state = try drillState(directory)
        // Ten seconds after the snapshot arrived, the clock has moved on by itself.
        let lines = FacilitatorScreen.render(
            state, size: Size(width: 80, height: 24), atWall: 10_000_000
        ).grid.lines()
        #expect(lines.count == 24)
        #expect(
            lines[0].hasPrefix(" [EXERCISE / 訓練] Facilitator sato — Ward night")
                && lines[0].hasSuffix("⏱ 02:40"))
        #expect(lines[1] == " EXERCISE — NOT A REAL INCIDENT")
        #expect(lines[2].contains("Player's step 1/7:"))
        #expect(lines.contains(" ▶ phone [fired 02:30] The phone rings"))
        #expect(lines.contains(" ・ power [pending manual] Power cut"))
        #expect(lines.contains { $0.contains("(isolated) target 05:00 — 02:20 left") })
        #expect(lines.contains { $0.hasSuffix("nurse-07 Inject: The phone rings") })
        let keys = lines[22] + lines[23]
        for key in [
            "[f] fire", "[p] pause", "[o] observe", "[a] answer", "[i] improve", "[e] end",
            "[x] real", "[q] close",
        ] {
            #expect(keys.contains(key))
        }
    }

    @Test func theObservationFormSendsTextMilestoneRatingAndThePlayersStep() throws {
        let directory = TemporaryDirectory("shodo-facilitator")
        defer { directory.remove() }
        var state = try drillState(directory)
        var sent: [DrillControlRequest] = []
        func press(_ keys: [Key]) {
            for key in keys {
                if let request = FacilitatorKeys.handle(key, &state) { sent.append(request) }
            }
        }
        press([.character("o"), .enter])
        #expect(state.status?.isError == true)
        press("Calm".map { .character($0) } + [.enter, .down, .enter, .character("3"), .enter])
        let step = try #require(state.snapshot?.step?.step)
        #expect(
            sent == [.observe(.init(text: "Calm", milestone: "isolated", step: step, rating: "S"))])
        #expect(state.form == nil)

        press([
            .character("f"), .enter, .character("p"), .character("x"), .escape, .character("e"),
            .enter,
        ])
        #expect(sent.dropFirst() == [.fire(inject: "power")])
        let screen = FacilitatorScreen.render(state, size: Size(width: 80, height: 24), atWall: 0)
            .grid.lines()
        #expect(!screen.contains { $0.contains("End the drill") })
        press([.character("x"), .enter])
        #expect(sent.last == .fire(inject: "power"))
        press([.character("x"), .down, .enter])
        #expect(sent.last == .abort)
        press([.character("e"), .down, .enter])
        #expect(sent.last == .end)
    }
}
