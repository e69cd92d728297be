import Foundation
import ShodoTestSupport
import Testing

/// The facilitator's screen in a real terminal (tmux) beside a headless player in its own
/// process: keys on the facilitator's screen, the player's words and the journal follow.
@Suite("shodo drill control in a terminal (tmux)", .serialized, .noProcessOutlivesTheSuite)
struct FacilitatorTerminalTests {
    @Test(.enabled(if: TmuxSession.isAvailable))
    func theFacilitatorFiresAnInjectAndRecordsAnObservationWhileThePlayerPlays() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let runbooks = try DrillControlFixture.writeRunbooks(into: fixture.home.file("runbooks"))
        let player = try InteractiveProcess(
            TerminalFixture.binary,
            [
                "drill", "ward-drill", "--headless", "--operator", "看護師A", "--journal-dir",
                fixture.journals, "--runbooks", runbooks, "--lang", "en",
            ],
            environment: fixture.environment())
        defer { player.kill() }
        #expect(player.waitFor("[1/3] Pull the cable"))
        let journal = try fixture.journal()

        let terminal = try TmuxSession(
            command: [
                TerminalFixture.binary, "drill", "control", journal, "--operator", "進行役", "--lang",
                "en",
            ],
            environment: fixture.environment())
        defer { terminal.close() }
        let first = try terminal.waitFor("⏱")
        #expect(first[0].contains("[EXERCISE / 訓練] Facilitator 進行役 — Ward drill"))
        #expect(first[1].contains("EXERCISE — NOT A REAL INCIDENT"))
        #expect(player.waitFor("(drill) facilitator 進行役 attached"))

        try terminal.press("f")
        _ = try terminal.waitFor("Fire a manual inject")
        try terminal.press("Enter")
        #expect(player.waitFor("inject power: Power cut"))
        _ = try terminal.waitFor("▶ power [fired")

        try terminal.press("o")
        try terminal.type("Found the cable fast")
        try terminal.press("Enter", "Down", "Enter", "2", "Enter")
        _ = try terminal.waitFor("observation recorded")

        player.send("ack power")
        _ = try terminal.waitFor("✓ power [acked")
        try terminal.press("q")
        _ = try terminal.waitFor("EXIT=0")
        #expect(player.waitFor("(drill) facilitator 進行役 detached"))

        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        let observation = try #require(
            lines.first { $0.contains(#""kind":"observation.recorded""#) })
        #expect(observation.contains(#""actor":"進行役""#) && observation.contains(#""rating":"P""#))
        #expect(
            observation.contains(#""milestone":"isolated""#)
                && observation.contains(#""step":"pull""#))
        #expect(
            lines.contains {
                $0.contains(#""kind":"inject.delivered""#) && $0.contains(#""actor":"進行役""#)
            })
    }

    /// Both screens in real terminals, side by side: the player's terminal screen serves the
    /// facilitator on its tick. A fired inject arrives as a card the player acknowledges,
    /// and the facilitator's real-world abort turns the player's screen into the real run.
    @Test(.enabled(if: TmuxSession.isAvailable))
    func theTwoScreensSideBySideFireAnInjectAndAbortForARealIncident() throws {
        let fixture = TerminalFixture()
        defer { fixture.home.remove() }
        let runbooks = try DrillControlFixture.writeRunbooks(into: fixture.home.file("runbooks"))
        let player = try TmuxSession(
            command: [
                TerminalFixture.binary, "drill", "ward-drill", "--operator", "看護師A",
                "--journal-dir",
                fixture.journals, "--runbooks", runbooks, "--lang", "en",
            ],
            environment: fixture.environment())
        defer { player.close() }
        _ = try player.waitFor("A red screen at 3 a.m.")
        try player.press("Enter")
        _ = try player.waitFor("Pull the cable")
        let journal = try fixture.journal()

        let facilitator = try TmuxSession(
            command: [
                TerminalFixture.binary, "drill", "control", journal, "--operator", "進行役", "--lang",
                "en",
            ],
            environment: fixture.environment())
        defer { facilitator.close() }
        _ = try facilitator.waitFor("⏱")
        _ = try player.waitFor("Facilitator 進行役 attached")

        try facilitator.press("f")
        _ = try facilitator.waitFor("Fire a manual inject")
        try facilitator.press("Enter")
        let card = try player.waitFor("Power cut")
        #expect(card[0].contains("EXERCISE"), "the banner stays on top: \(card)")
        try player.press("o")
        _ = try facilitator.waitFor("✓ power [acked")

        try facilitator.press("x", "Down", "Enter")
        let real = try player.waitFor("This is the real response")
        #expect(!real.joined(separator: "\n").contains("EXERCISE"), "\(real)")
        _ = try facilitator.waitFor("real journal opened")

        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.journals)
            .filter { $0.hasSuffix(".jsonl") }
        let realName = try #require(names.first { !$0.hasPrefix("DRILL-") })
        let drillLines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        let stop = try #require(drillLines.first { $0.contains(#""kind":"drill.real-world""#) })
        #expect(stop.contains(#""actor":"進行役""#))
        #expect(drillLines.last?.contains(#""kind":"journal.close""#) == true)
        let realOpen = try #require(
            try String(contentsOfFile: fixture.journals + "/" + realName, encoding: .utf8)
                .split(separator: "\n").first)
        #expect(realOpen.contains(#""drill":false"#) && realOpen.contains(#""drill_jid":"#))
        #expect(!FileManager.default.fileExists(atPath: journal + ".control"))
    }
}
