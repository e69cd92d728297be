import Foundation
import ShodoTestSupport
import Testing

/// `shodo drill` in a real terminal (tmux) on the bundled drill-01: the banner, an
/// inject card acknowledged, and the real-world abort into a real run.
@Suite("shodo drill in a terminal (tmux)", .serialized, .noProcessOutlivesTheSuite)
struct DrillTerminalTests {
    @Test func thePlayerSeesTheBannerAcknowledgesAnInjectAndAbortsForARealIncident() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let terminal = try fixture.start(
            [
                "drill", "drill-01-night-ransom-note", "--team", "4E", "--operator", "nurse-a",
                "--lang", "en",
            ],
            contentHome: TerminalFixture.bundledHome)
        defer { terminal.close() }
        try terminal.waitFor("The drill's story")
        let story = try terminal.waitFor("Just after 3 a.m.")
        #expect(
            story.first?.contains("【訓練 / EXERCISE】 A ransom note on a ward PC at night") == true)
        try terminal.press("x")
        try terminal.waitFor("Take your hands off the keyboard and mouse.")
        try terminal.press("1")
        try terminal.waitFor("Is a network cable plugged into the PC?")
        try terminal.press("2")
        try terminal.waitFor("Turn on airplane mode.")
        try terminal.press("Enter")
        try terminal.waitFor("Take a photo of the screen")
        try terminal.press("Enter")
        let call = try terminal.waitFor("Phone IT on-call.")
        #expect(call.contains { $0.contains("Drill: no real call is made") })
        try terminal.press("Enter")
        try terminal.waitFor("Did you speak to IT on-call?")
        try terminal.press("2")
        try terminal.waitFor("Phone the night duty manager")
        try terminal.press("Enter")
        try terminal.waitFor("Look at the PC's power light.")
        try terminal.press("Enter")
        try terminal.waitFor("Write this PC's asset number.")
        try terminal.type("PC-4E-01")
        try terminal.press("Enter")
        try terminal.waitFor("The disconnect steps are finished.")
        try terminal.press("Enter")
        try terminal.waitFor("What is happening?")
        try terminal.press("1")
        let card = try terminal.waitFor(
            "A colleague asks whether someone should photograph the screen.")
        #expect(card.first?.contains("【訓練 / EXERCISE】") == true)
        try terminal.press("Escape")
        try terminal.press("o")
        try terminal.waitUntil("the card acknowledged") {
            !$0.joined().contains("photograph the screen")
        }
        try terminal.press("!")
        try terminal.waitFor("This is a real incident. Stop the drill?")
        try terminal.press("y")
        let real = try terminal.waitFor("This is the real response.")
        #expect(real.contains { $0.contains("Take your hands off the keyboard and mouse.") })
        #expect(!real.joined().contains("EXERCISE"), "the real run has no exercise banner")
        try terminal.press("q")
        try terminal.waitFor("Quit? (y/n)")
        try terminal.press("y")
        try terminal.waitFor("EXIT=0")

        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.journals).filter {
            $0.hasSuffix(".jsonl")
        }
        let drill = (fixture.journals as NSString).appendingPathComponent(
            try #require(names.first { $0.hasPrefix("DRILL-") }))
        let realJournal = (fixture.journals as NSString).appendingPathComponent(
            try #require(names.first { !$0.hasPrefix("DRILL-") }))
        let drillKinds = try fixture.kinds(drill)
        #expect(drillKinds.contains("inject.acknowledged"))
        #expect(drillKinds.suffix(3) == ["run.ended", "drill.real-world", "journal.close"])
        #expect(try fixture.kinds(realJournal).prefix(2) == ["journal.open", "run.started"])
        let open =
            try String(contentsOfFile: realJournal, encoding: .utf8).split(separator: "\n").first
            .map(String.init) ?? ""
        #expect(
            open.contains(#""drill":false"#) && open.contains(#""drill_jid":""#)
                && open.contains(#""drill_h":""#))
        #expect(try fixture.verify(drill).status == 0)
        #expect(try fixture.verify(realJournal).status == 0)
    }
}
