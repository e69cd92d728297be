import Foundation
import ShodoTestSupport
import Testing

/// `shodo drill control JOURNAL --headless` against a headless player, both the real
/// binary in their own processes, talking over the real socket beside the journal.
@Suite("shodo drill control, the real binary", .noProcessOutlivesTheSuite)
struct DrillControlCommandLineTests {
    private func player(_ cli: ShodoCommandLine) throws -> InteractiveProcess {
        let runbooks = try DrillControlFixture.writeRunbooks(into: cli.home.file("runbooks"))
        return try InteractiveProcess(
            ShodoCommandLine.binary,
            [
                "drill", "ward-drill", "--headless", "--operator", "看護師A", "--journal-dir",
                cli.journals, "--runbooks", runbooks, "--lang", "en",
            ],
            environment: cli.environment)
    }

    private func control(_ cli: ShodoCommandLine, _ journal: String, _ lines: [String]) throws
        -> ProcessRun
    {
        try cli.run(
            ["drill", "control", journal, "--headless", "--operator", "進行役", "--lang", "en"],
            input: lines.map { $0 + "\n" }.joined())
    }

    @Test func theFacilitatorFiresObservesAnswersAndEndsFromAnotherProcessAndThePlayerJournalsIt()
        throws
    {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let player = try player(cli)
        defer { player.kill() }
        #expect(player.waitFor("[1/3] Pull the cable"))
        let journal = try cli.journal()

        let first = try control(
            cli, journal,
            ["fire power", "observe milestone=isolated rating=S Hesitated at the cable"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(
            first.output.contains("ok: fired power")
                && first.output.contains("ok: observation recorded"))
        #expect(player.waitFor("inject power: Power cut"))

        // The first controller has gone: the drill went on, and a second attaches.
        player.send("ack power")
        player.send("done")
        #expect(player.waitFor("Call IT"))
        let second = try control(cli, journal, ["answer oncall", "status"])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("ok: On my way"))
        #expect(second.output.contains("[EXERCISE / 訓練] Facilitator 進行役 — Ward drill"))
        #expect(second.output.contains("EXERCISE — NOT A REAL INCIDENT"))
        #expect(second.output.contains("✓ power [acked"))
        #expect(player.waitFor("(drill) oncall: On my way"))

        let third = try control(cli, journal, ["end"])
        #expect(third.status == 0, "\(third.errors)")
        #expect(player.waitFor("Drill ended. verification code"))
        #expect(player.process.waitForExit().status == 0)
        #expect(!FileManager.default.fileExists(atPath: journal + ".control"))

        let records = try cli.lines(of: journal).compactMap { line -> [String: Any]? in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
        func record(_ kind: String) -> [String: Any]? {
            records.first { $0["kind"] as? String == kind }
        }
        #expect(record("inject.delivered")?["actor"] as? String == "進行役")
        #expect(record("observation.recorded")?["rating"] as? String == "S")
        #expect(record("observation.recorded")?["actor"] as? String == "進行役")
        #expect(record("contact.attempted")?["actor"] as? String == "進行役")
        #expect(record("contact.attempted")?["result"] as? String == "reached")
        #expect(record("inject.acknowledged")?["actor"] as? String == "看護師A")
        #expect(record("drill.ended")?["actor"] as? String == "進行役")
        #expect(try cli.run(["journal", "verify", journal]).status == 0)

        let late = try control(cli, journal, ["fire power"])
        #expect(late.status == 1)
        #expect(late.errors.contains("has already ended"))
    }

    @Test func aRealWorldAbortFromTheFacilitatorTurnsThePlayerToARealJournal() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let player = try player(cli)
        defer { player.kill() }
        #expect(player.waitFor("[1/3] Pull the cable"))
        let drill = try cli.journal()
        let abort = try control(cli, drill, ["abort-for-real-incident"])
        #expect(abort.status == 0, "\(abort.errors)")
        #expect(abort.output.contains("ok: drill stopped; real journal opened: "))
        #expect(player.waitFor("[REAL INCIDENT] The drill is stopped."))
        #expect(player.waitFor("[1/3] Pull the cable", occurrences: 2))
        player.send("done")
        #expect(player.waitFor("[2/3] Call IT"))
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.journals).filter {
            $0.hasSuffix(".jsonl")
        }
        let real = try #require(names.first { !$0.hasPrefix("DRILL-") })
        let lines = try cli.lines(of: cli.journals + "/" + real)
        #expect(
            lines.first?.contains("\"drill_jid\"") == true
                && lines.first?.contains("\"drill\":false") == true)
        #expect(lines.contains { $0.contains("\"kind\":\"step.done\"") })
        #expect(try cli.lines(of: drill).contains { $0.contains("\"kind\":\"drill.real-world\"") })
    }

    @Test func aRealJournalAndADrillWithNoPlayerAreRefusedWithWhatToDo() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let real = try cli.headless("full-tour", ["pause"])
        #expect(real.status == 3 || real.status == 0, "\(real.errors)")
        let journal = try cli.journal()
        let refused = try control(cli, journal, ["fire power"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("is not a drill's journal"))
        #expect(refused.errors.contains("a real incident's journal has no facilitator view"))
        try FileManager.default.removeItem(atPath: journal)

        let player = try player(cli)
        #expect(player.waitFor("[1/3] Pull the cable"))
        player.kill()
        let drill = try cli.journal()
        let stale = try control(cli, drill, ["fire power"])
        #expect(stale.status == 1)
        #expect(stale.errors.contains("No player is running this drill"))
    }
}
