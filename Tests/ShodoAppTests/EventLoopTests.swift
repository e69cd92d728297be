import ActionJournal
import Foundation
import Glibc
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// The loop's contract: quit, help, resize, journal failure, signals, end of input, no busy waiting.
@MainActor
@Suite struct EventLoopTests {
    @Test func quitAsksDuringARunAndAnyOtherKeyCancels() {
        let harness = AppHarness(route: .runbook("guide"), language: "ja")
        let terminal = TestTerminal(keys: [.character("q"), .character("x")])
        _ = harness.drive(terminal)
        #expect(terminal.presentedGrids[1].lines().contains { $0.contains("終了しますか？ (y/n)") })
        #expect(!terminal.screenText.contains("終了しますか？"))
        #expect(terminal.screenText.contains("LANケーブルを抜いてください。"))
    }

    @Test func quitConfirmedPausesTheRunAndExitsZero() throws {
        let harness = AppHarness(route: .runbook("guide"), language: "en")
        let exit = harness.drive(TestTerminal(keys: [.character("q"), .character("y")]))
        #expect(exit.status == 0)
        #expect(harness.journalKinds.suffix(1) == ["run.paused"])
        let path = try #require(harness.journalPath)
        #expect(exit.farewell.first == "Paused. To go on, start Shodo again. Journal: \(path)")
    }

    @Test func afterTheEndQuitDoesNotAsk() {
        let harness = AppHarness(route: .runbook("guide"), language: "en")
        let terminal = TestTerminal(keys: [.enter, .enter, .character("q"), .character("n")])
        let exit = harness.drive(terminal)
        #expect(exit.status == 0)
        #expect(terminal.presentedGrids.count == 3)
        #expect(harness.journalKinds.suffix(2) == ["run.ended", "journal.close"])
    }

    @Test func helpOpensOnQuestionMarkAndAnyKeyClosesIt() {
        let harness = AppHarness(route: .triage, language: "en")
        let terminal = TestTerminal(keys: [.character("?"), .character("z")])
        _ = harness.drive(terminal)
        #expect(
            terminal.presentedGrids[1].lines().contains { $0.contains("Help: keys on this screen") }
        )
        #expect(!terminal.screenText.contains("Help: keys"))
    }

    @Test func belowTheMinimumKeysAreIgnoredAndAResizeRecovers() {
        let harness = AppHarness(route: .runbook("guide"), language: "ja")
        let terminal = TestTerminal(
            size: Size(width: 50, height: 15),
            events: [
                .key(.enter), .resize(Size(width: 80, height: 24)),
            ])
        _ = harness.drive(terminal)
        #expect(terminal.presentedGrids[0].lines().contains { $0.contains("画面を大きくしてください") })
        #expect(terminal.screenText.contains("LANケーブルを抜いてください。"))
        #expect(terminal.lastGrid?.size == Size(width: 80, height: 24))
        #expect(!harness.journalKinds.contains("step.done"))
    }

    @Test func aFailingJournalShowsTheBlockingErrorScreenAndNothingElseHappens() {
        let harness = AppHarness(
            route: .runbook("guide"), language: "en",
            outputFactory: FailingJournalOutput.factory(
                healthyWrites: 2, failure: .write(errno: ENOSPC)))
        let terminal = TestTerminal(keys: [
            .enter, .character("n"), .enter, .character("?"), .character("q"),
        ])
        let exit = harness.drive(terminal)
        #expect(exit.status == 1)
        let errorFrames = terminal.presentedGrids.dropFirst()
        #expect(
            errorFrames.allSatisfy {
                $0.lines().contains { $0.contains("!! The journal cannot be written") }
            })
        #expect(terminal.screenLines.last == "[q] quit")
        #expect(harness.journalKinds == ["journal.open", "run.started"])
    }

    @Test func aSignalPausesTheRunAndReportsTheSignal() {
        let harness = AppHarness(route: .runbook("main"), language: "en")
        let exit = harness.drive(TestTerminal(events: [.key(.enter), .signal(SIGTERM)]))
        #expect(exit.signal == SIGTERM)
        #expect(exit.status == 128 + SIGTERM)
        #expect(harness.journalKinds == ["journal.open", "run.started", "step.done", "run.paused"])
    }

    @Test func theEndOfInputPausesTheRunAndExitsThree() {
        let harness = AppHarness(route: .runbook("main"), language: "en")
        let terminal = TestTerminal(keys: [])
        let exit = harness.drive(terminal)
        #expect(exit.status == 3)
        #expect(terminal.restoreCount == 1)
        #expect(harness.journalKinds.last == "run.paused")
    }

    @Test func theLoopWaitsWithoutTimeoutUnlessAClockIsShown() {
        let harness = AppHarness(route: .triage, language: "en")
        let terminal = TestTerminal(keys: [.character("/"), .escape, .enter])
        _ = harness.drive(terminal)
        #expect(terminal.requestedTimeouts == [nil, nil, nil, EventLoop.clockTickMilliseconds])
    }
}
