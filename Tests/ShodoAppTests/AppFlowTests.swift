import ActionJournal
import Foundation
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// Start screen, resume offer, triage, list search, pause, back, skip, abort and why.
@MainActor
@Suite struct AppFlowTests {
    @Test func aMissingOperatorIsAskedRememberedAndTheRunStartsAtItsFirstStep() {
        let harness = AppHarness(route: .runbook("guide"), language: "ja", operatorName: nil)
        let terminal = TestTerminal(keys: [.enter])
        terminal.enqueueTyping("看護師C")
        terminal.enqueue([.key(.enter)])
        _ = harness.drive(terminal)
        #expect(terminal.presentedGrids[1].lines().contains { $0.contains("!! 名前を入力してください。") })
        #expect(terminal.screenText.contains("対応者: 看護師C"))
        #expect(harness.memory.recall() == "看護師C")
        let next = AppController(
            environment: AppHarness.environment(
                directory: harness.directory, language: "ja", operatorName: nil,
                memory: harness.memory,
                clock: harness.clock),
            route: .triage)
        #expect(next.state.operatorField.text == "看護師C")
    }

    @Test func anUnfinishedRunIsOfferedAndResumedAtItsStep() {
        let first = AppHarness(route: .runbook("main"), language: "en")
        _ = first.drive(TestTerminal(keys: [.enter]))
        let second = AppHarness(route: .triage, language: "en", directory: first.directory)
        // The same machine an hour later: a journal's clock must not run backwards.
        second.clock.advance(microseconds: 3_600_000_000)
        let terminal = TestTerminal(keys: [.character("y")])
        _ = second.drive(terminal)
        let offer = terminal.presentedGrids[0].lines().joined(separator: "\n")
        #expect(offer.contains("Resume the unfinished run?"))
        #expect(offer.contains("Runbook: Test runbook"))
        #expect(offer.contains("Last step: PC label"))
        #expect(offer.contains("Last action: 2025-11-21 19:35 (Nurse A)"))
        #expect(
            terminal.presentedGrids[1].lines().contains { $0.contains("PC label") },
            "\(terminal.screenText)")
        #expect(second.journalKinds.contains("run.resumed"))
    }

    @Test func triageLeadsToTheListWhoseSearchFiltersAndStarts() {
        let harness = AppHarness(route: .triage, language: "en")
        let terminal = TestTerminal(keys: [.character("3"), .character("/")])
        terminal.enqueueTyping("disconn")
        terminal.enqueue([.key(.enter)])
        let list = terminal
        list.enqueue([.key(.enter)])
        _ = harness.drive(list)
        let listFrame = terminal.presentedGrids[1].lines().joined(separator: "\n")
        #expect(listFrame.contains("All runbooks (3)"))
        #expect(listFrame.contains("critical"))
        #expect(
            terminal.presentedGrids[9].lines().joined(separator: "\n").contains("All runbooks (1)"))
        #expect(terminal.screenText.contains("Unplug the network cable."))
    }

    @Test func pauseShowsTheCodeAndEnterResumes() throws {
        let harness = AppHarness(route: .runbook("guide"), language: "en")
        let terminal = TestTerminal(keys: [.character("p"), .enter])
        _ = harness.drive(terminal)
        let paused = terminal.presentedGrids[1].lines().joined(separator: "\n")
        #expect(paused.contains("Paused"))
        #expect(paused.contains("Verification code: "))
        #expect(terminal.screenText.contains("Unplug the network cable."))
        #expect(
            harness.journalKinds.filter { $0 == "run.paused" || $0 == "run.resumed" }
                == ["run.paused", "run.resumed", "run.paused"])
    }

    @Test func backSkipNoteAndWhy() {
        let harness = AppHarness(route: .runbook("main"), language: "en")
        let terminal = TestTerminal(keys: [
            .enter, .escape, .character("b"), .character("s"), .enter,
        ])
        terminal.enqueueTyping("not needed")
        terminal.enqueue([.key(.enter)])
        _ = harness.drive(terminal)
        #expect(
            terminal.presentedGrids[5].lines().contains { $0.contains("!! Please write a reason.") }
        )
        #expect(
            harness.journalKinds.dropFirst(2).prefix(3) == [
                "step.done", "step.back", "step.skipped",
            ])

        let guide = AppHarness(route: .runbook("guide"), language: "ja")
        let why = TestTerminal(keys: [.character("w"), .character("w")])
        _ = guide.drive(why)
        #expect(why.presentedGrids[1].lines().contains { $0.contains("ほかのパソコンに広がるのを止めます。") })
        #expect(!why.screenText.contains("ほかのパソコンに広がるのを止めます。"))
    }

    @Test func cannotDoIsOfferedOnInstructionStepsAndNeedsAReason() throws {
        let harness = AppHarness(route: .runbook("guide"), language: "en")
        let terminal = TestTerminal(keys: [.character("?"), .escape, .character("c"), .enter])
        terminal.enqueueTyping("no cable at this PC")
        terminal.enqueue([.key(.enter)])
        _ = harness.drive(terminal)
        let first = terminal.presentedGrids[0].lines().joined(separator: "\n")
        #expect(first.contains("[c] can't do"), "the key line shows the key with its label")
        let help = terminal.presentedGrids[1].lines().joined(separator: "\n")
        #expect(help.contains("you tried but could not do it"))
        let prompt = terminal.presentedGrids[3].lines().joined(separator: "\n")
        #expect(prompt.contains("Why could it not be done?"))
        #expect(
            terminal.presentedGrids[4].lines().contains { $0.contains("Please write a reason.") })
        #expect(harness.journalKinds.dropFirst(2).first == "step.unable")
        let japanese = AppHarness(route: .runbook("guide"), language: "ja")
        let screen = TestTerminal(keys: [])
        _ = japanese.drive(screen)
        #expect(screen.screenText.contains("[c] できない"))
    }

    @Test func abortIsBehindTheHelpAndNeedsAReason() {
        let harness = AppHarness(route: .runbook("guide"), language: "en")
        let terminal = TestTerminal(keys: [.character("x"), .character("?"), .character("x")])
        terminal.enqueueTyping("drill only")
        terminal.enqueue([.key(.enter)])
        _ = harness.drive(terminal)
        #expect(terminal.screenText.contains("Outcome: aborted"))
        #expect(harness.journalKinds.suffix(2) == ["run.ended", "journal.close"])
    }

    @Test func aWaitEndedEarlyAsksForAReasonThatMayBeEmpty() {
        let harness = AppHarness(route: .runbook("main"), language: "en", secondsPerReading: 0)
        let terminal = TestTerminal(keys: [.enter])
        terminal.enqueueTyping("PC-1")
        terminal.enqueue([
            .key(.enter), .key(.character("1")), .key(.enter), .key(.enter), .key(.enter),
        ])
        terminal.enqueue([.key(.enter), .key(.enter)])
        _ = harness.drive(terminal)
        #expect(harness.journalKinds.contains("wait.ended"))
        #expect(terminal.screenText.contains("Call"))
    }
}
