import ActionJournal
import Foundation
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// A whole fixture run through every step kind, keys only, with a real journal on disk.
@MainActor
@Suite struct FullRunTests {
    @Test func everyStepKindFromFirstStepToEndScreenMatchesTheJournal() throws {
        let harness = AppHarness(route: .runbook("main"), language: "en")
        let terminal = TestTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue([.key(.enter)])  // intro: instruction
        terminal.enqueueTyping("PC 1")  // pc-label: input, refused in place
        terminal.enqueue([.key(.enter)] + Array(repeating: .key(.backspace), count: 4))
        terminal.enqueueTyping("PC-1")
        terminal.enqueue([.key(.enter), .key(.character("1"))])  // connection: choice "wired"
        terminal.enqueue([.key(.enter)])  // cable: check confirmed, then into the included runbook
        terminal.enqueue([.key(.character("f")), .key(.enter)])  // sub-check: fail needs a reason
        terminal.enqueueTyping("lamp still on")
        terminal.enqueue([.key(.enter), .key(.enter)])  // sub-end: back to the parent
        // settle: the countdown ends by itself
        terminal.enqueue(Array(repeating: .tick, count: 150))
        terminal.enqueue([.key(.character("r"))])  // call-it: two contacts, no number yet
        terminal.enqueue([
            .key(.character("1")), .key(.character("r")), .key(.character("2")),
            .key(.character("a")),
        ])
        terminal.enqueue([.key(.enter)])
        terminal.enqueue([.key(.character("n"))])  // log-cmd: the result as a note
        terminal.enqueueTyping("ARP table copied")
        terminal.enqueue([.key(.enter), .key(.enter)])
        terminal.enqueue([
            .key(.character("s")), .key(.character("?")), .key(.escape), .key(.enter),
        ])  // finish
        terminal.enqueue([.key(.character("q"))])

        let exit = harness.drive(terminal)

        #expect(exit.status == 0)
        #expect(exit.signal == nil)
        #expect(terminal.restoreCount == 1)
        #expect(
            harness.journalKinds == [
                "journal.open", "run.started", "step.done", "value.entered", "choice.made",
                "check.confirmed",
                "check.failed", "step.done", "wait.started", "wait.ended", "contact.attempted",
                "contact.attempted",
                "step.done", "note.added", "command.result", "step.done", "run.ended",
                "journal.close",
            ])
        let frames = terminal.presentedGrids.map { $0.lines().joined(separator: "\n") }
        #expect(frames.contains { $0.contains("!! Wrong format.") })
        #expect(frames.contains { $0.contains("!! Please write a reason.") })
        #expect(frames.contains { $0.contains("Pick the contact first (its number, or j / k)") })
        #expect(frames.contains { $0.contains("1. IT on-call  [reached]") })
        #expect(frames.contains { $0.contains("| arp -a") })
        #expect(frames.contains { $0.contains(" left") && $0.contains("(of 05:00)") })

        let path = try #require(harness.journalPath)
        let report = try JournalVerifier.verify(path: path)
        #expect(report.isIntact)
        let code = try #require(report.verificationCode?.description)
        let end = terminal.screenText
        #expect(end.contains("The run has ended"))
        #expect(end.contains("Outcome: resolved"))
        #expect(end.contains("done 9, skipped 0, could not do 0, failed 1"))
        #expect(end.contains("Verification code: \(code)"))
        #expect(end.contains("#"))
        let codeShape = try Regex("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
        #expect(end.matches(of: codeShape).count == 1)
        #expect(exit.farewell == ["verification code \(code)"])
    }

    @Test func japaneseRunShowsEndScreenInJapanese() throws {
        let harness = AppHarness(route: .runbook("guide"), language: "ja")
        let terminal = TestTerminal(size: Size(width: 80, height: 24), keys: [.enter, .enter])
        _ = harness.drive(terminal)
        let path = try #require(harness.journalPath)
        let code = try #require(
            try JournalVerifier.verify(path: path).verificationCode?.description)
        let end = terminal.screenText
        #expect(end.contains("対応が終わりました"))
        #expect(end.contains("結果: 完了"))
        #expect(end.contains("検証コード: \(code)"))
        #expect(end.contains("この検証コードを紙に書くか、情報システム担当に読み上げてください。"))
    }

    @Test func resumingARunKilledAtItsVeryEndShowsTheEndAndItsCode() throws {
        let first = AppHarness(route: .runbook("guide"), language: "en")
        _ = first.drive(TestTerminal(size: Size(width: 80, height: 24), keys: [.enter, .enter]))
        let path = try #require(first.journalPath)
        // Killed before journal.close reached the disk.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.last?.contains(#""kind":"journal.close""#) == true)
        try (lines.dropLast().joined(separator: "\n") + "\n").write(
            toFile: path, atomically: false, encoding: .utf8)
        let second = AppHarness(
            route: .resume(journalPath: path), language: "en", directory: first.directory)
        second.clock.advance(microseconds: 3_600_000_000)
        let terminal = TestTerminal(size: Size(width: 80, height: 24), keys: [])
        _ = second.drive(terminal)
        #expect(
            second.journalKinds.suffix(3) == ["run.ended", "journal.recovered", "journal.close"])
        let code = try #require(
            try JournalVerifier.verify(path: path).verificationCode?.description)
        #expect(
            terminal.screenText.contains("Verification code: \(code)"), "\(terminal.screenText)")
    }
}
