import Foundation
import ShodoTestSupport
import Testing

/// The real binary in a real terminal: tmux, keys in, screen out. Each test
/// waits for the text it expects (with a deadline), never for a fixed time.
@Suite("shodo in a terminal (tmux)", .serialized, .noProcessOutlivesTheSuite)
struct TerminalRunTests {
    @Test func aWholeRunFromOperatorToTheEndScreenAndTheCodeMatchesVerify() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(["--lang", "en"])
        defer { terminal.close() }
        try terminal.waitFor("Type your name (the operator).")
        try terminal.type("看護師A")
        try terminal.press("Enter")
        try terminal.waitFor("What happened?")
        try terminal.waitFor("1. [ ] When testing")
        try terminal.press("1")
        try terminal.waitFor("Read this first")
        try terminal.press("Enter")
        try terminal.waitFor("Enter the PC name")
        try terminal.type("bad host!")
        try terminal.press("Enter")
        try terminal.waitFor("Wrong format")
        for _ in 0..<9 { try terminal.press("BSpace") }
        try terminal.type("HIS-51")
        try terminal.press("Enter")
        try terminal.waitFor("IP address (if known)")
        try terminal.press("Enter")
        try terminal.waitFor("How is HIS-51 connected?")
        try terminal.press("1")
        try terminal.waitFor("Cable unplugged")
        try terminal.waitFor("CAUTION")
        try terminal.press("n")
        try terminal.type("写真を撮った")
        try terminal.press("Enter")
        try terminal.waitFor("Recorded:")
        try terminal.press("Enter")
        try terminal.waitFor("Put HIS-51 in airplane mode")
        try terminal.waitFor("Every kind of step > Shared isolation")
        try terminal.press("Enter")
        try terminal.waitFor("Back to the calling runbook")
        try terminal.press("Enter")
        try terminal.waitFor("Wait two minutes")
        try terminal.press("Enter")
        try terminal.waitFor("[Esc] cancel")
        try terminal.type("IT arrived")
        try terminal.press("Enter")
        try terminal.waitFor("Make the calls")
        try terminal.press("2")
        try terminal.press("a")
        try terminal.waitFor("Recorded: Call: Outside responder - no answer")
        try terminal.press("Enter")
        try terminal.waitFor("Record the ARP table")
        try terminal.waitFor("arp -a")
        try terminal.press("Enter")
        try terminal.waitFor("Hand over")
        try terminal.press("Enter")
        let end = try terminal.waitFor("Verification code:")
        let code = try #require(TerminalFixture.code(on: end))
        let journal = try fixture.journal()
        let verify = try fixture.verify(journal, expect: code)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("verification code \(code)"))
        #expect(
            try fixture.kinds(journal) == [
                "journal.open", "run.started", "step.done", "value.entered", "value.entered",
                "choice.made", "note.added",
                "check.confirmed", "step.done", "step.done", "wait.started", "wait.ended",
                "contact.attempted", "step.done",
                "command.result", "step.done", "run.ended", "journal.close",
            ])
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }

    @Test func cannotDoIsAKeyThatAsksWhyAndIsJournaled() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(["run", "full-tour", "--operator", "看護師A", "--lang", "en"])
        defer { terminal.close() }
        try terminal.waitFor("Read this first")
        try terminal.waitFor("[c] can't do")
        try terminal.press("c")
        try terminal.waitFor("Why could it not be done?")
        try terminal.type("no screen at this desk")
        try terminal.press("Enter")
        try terminal.waitFor("Enter the PC name")
        try terminal.press("Escape")
        try terminal.press("q")
        try terminal.waitFor("(y/n)")
        try terminal.press("y")
        try terminal.waitFor("EXIT=0")
        let kinds = try fixture.kinds(try fixture.journal())
        #expect(kinds.prefix(3) == ["journal.open", "run.started", "step.unable"])
        #expect(kinds.last == "run.paused")
    }

    @Test func japaneseScreensUnderAJapaneseLocale() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(["--operator", "看護師A"], language: "ja_JP.UTF-8")
        defer { terminal.close() }
        try terminal.waitFor("何が起きましたか？")
        try terminal.press("1")
        try terminal.waitFor("最初に読む")
        try terminal.waitFor("[Enter] 完了")
        try terminal.press("q")
        try terminal.waitFor("終了しますか？ (y/n)")
        try terminal.press("y")
        try terminal.waitFor("EXIT=0")
        #expect(try fixture.kinds(try fixture.journal()).last == "run.paused")
    }

    @Test func quitAsksFirstAndAnyOtherKeyCancels() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(["run", "full-tour", "--operator", "a", "--lang", "en"])
        defer { terminal.close() }
        try terminal.waitFor("Read this first")
        try terminal.press("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.press("n")
        try terminal.waitUntil("the question gone") { !$0.joined().contains("Quit? (y/n)") }
        try terminal.waitFor("Read this first")
        try terminal.press("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.press("y")
        try terminal.waitFor("EXIT=0")
        let kinds = try fixture.kinds(try fixture.journal())
        #expect(kinds == ["journal.open", "run.started", "run.paused"])
    }

    @Test func aSmallWindowAsksToBeEnlargedAndRecoversOnResize() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(["run", "full-tour", "--operator", "a", "--lang", "en"])
        defer { terminal.close() }
        try terminal.waitFor("Read this first")
        try terminal.resize(width: 50, height: 15)
        try terminal.waitFor("Please enlarge the window")
        try terminal.resize(width: 100, height: 30)
        let screen = try terminal.waitFor("Read this first")
        #expect(screen.contains { $0.contains("Step 1/10") })
        try terminal.press("Enter")
        try terminal.waitFor("Enter the PC name")
    }

    @Test func aHangUpPausesTheRunRestoresTheTerminalAndResumeContinues() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(["run", "full-tour", "--operator", "a", "--lang", "en"])
        defer { terminal.close() }
        try terminal.waitFor("Read this first")
        try terminal.press("Enter")
        try terminal.waitFor("Enter the PC name")
        let shell = try terminal.panePID()
        let pid = try #require(TerminalFixture.shodoPID(under: shell))
        kill(pid, SIGHUP)
        try terminal.waitFor("EXIT=129")
        #expect(try terminal.paneFlags() == "0 1 0", "alternate screen off, cursor on, keypad off")
        let journal = try fixture.journal()
        #expect(try fixture.kinds(journal).suffix(2) == ["step.done", "run.paused"])
        #expect(try fixture.verify(journal).status == 0)
        let resumed = try fixture.start(["resume", journal, "--operator", "b", "--lang", "en"])
        defer { resumed.close() }
        try resumed.waitFor("Enter the PC name")
        try resumed.waitFor("Step 2/10")
    }

    @Test func noTerminalFallsBackToTheLineMode() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        var environment = fixture.environment()
        environment["TERM"] = "dumb"
        let run = try ProcessRun.run(
            TerminalFixture.binary,
            [
                "run", "full-tour", "--operator", "a", "--lang", "en", "--journal-dir",
                fixture.journals,
            ],
            input: "done\n", environment: environment)
        #expect(run.status == 3)
        #expect(run.output.contains("[1/10] Read this first"))
        #expect(run.output.contains("[2/10] Enter the PC name"))
    }
}
