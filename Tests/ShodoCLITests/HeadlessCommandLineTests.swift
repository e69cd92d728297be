import Foundation
import ShodoTestSupport
import Testing

@Suite("shodo run/resume --headless, the real binary", .noProcessOutlivesTheSuite)
struct HeadlessCommandLineTests {
    @Test func aRunThroughEveryStepKindEndsAndItsJournalVerifiesWithTheSameCode() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let run = try cli.headless("full-tour", ShodoCommandLine.fullTour)
        #expect(run.status == 0, "stderr: \(run.errors)")
        let code = try #require(ShodoCommandLine.code(in: run.output))
        #expect(
            run.output.contains("[1/2] Put HIS-51 in airplane mode"),
            "interpolation inside the include")
        #expect(run.output.contains("== Every kind of step > Shared isolation =="))
        let journal = try cli.journal()
        let verify = try cli.run(["journal", "verify", journal])
        #expect(verify.status == 0)
        #expect(verify.output.contains("OK"))
        #expect(verify.output.contains("verification code \(code)"))
        #expect(try cli.run(["journal", "verify", journal, "--expect", code]).status == 0)
        #expect(
            try cli.run(["journal", "verify", journal, "--expect", code.lowercased()]).status == 0)
        let kinds = try cli.lines(of: journal).compactMap { line -> String? in
            guard let range = line.range(of: #""kind":""#) else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(
            kinds == [
                "journal.open", "run.started", "step.done", "note.added", "value.entered",
                "value.entered",
                "choice.made", "check.confirmed", "step.done", "step.done", "wait.started",
                "wait.ended",
                "contact.attempted", "contact.attempted", "step.done", "command.result",
                "step.done", "run.ended",
                "journal.close",
            ])
    }

    @Test func aRefusedActionExitsOneJournalsOnlyThePauseAndPrintsTheCodeAndTheRunResumes() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let refused = try cli.headless(
            "full-tour", ["done", "input not a hostname!", "input HIS-51"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("Wrong format"))
        let journal = try cli.journal()
        let lines = try cli.lines(of: journal)
        #expect(lines.suffix(2).map { $0.contains(#""kind":"step.done""#) } == [true, false])
        #expect(
            lines.last?.contains(#""kind":"run.paused""#) == true,
            "the refusal itself journals nothing; then the run is paused")
        let code = try #require(ShodoCommandLine.code(in: refused.output))
        #expect(
            try cli.run(["journal", "verify", journal, "--expect", code]).status == 0,
            "the code printed is the last line's")
        let resumed = try cli.run(
            ["resume", journal, "--headless", "--operator", "clerk", "--lang", "en"],
            input: Array(ShodoCommandLine.fullTour.dropFirst(2)).map { $0 + "\n" }.joined())
        #expect(resumed.status == 0, "stderr: \(resumed.errors)")
        #expect(resumed.output.hasPrefix("== Every kind of step ==\n[2/10] Enter the PC name"))
    }

    @Test(arguments: [false, true])
    func aTenMegabyteValueIsRefusedJournalsNothingAndTheJournalStaysReadable(fromAFile: Bool) throws
    {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let actions =
            "done\ninput " + String(repeating: "h", count: 10_000_000) + "\ninput HIS-51\n"
        let arguments = [
            "run", "full-tour", "--headless", "--operator", "nurse", "--journal-dir", cli.journals,
        ]
        let refused =
            fromAFile
            ? try cli.shell(#""$0" "$@" < "$ACTIONS""#, arguments, files: ["ACTIONS": actions])
            : try cli.run(arguments, input: actions)
        #expect(refused.status == 1)
        #expect(
            refused.errors.contains("The text is too long"), "stderr: \(refused.errors.prefix(300))"
        )
        let journal = try cli.journal()
        // The refused value is not journaled; the run is then paused, as at the end of input.
        let lines = try cli.lines(of: journal)
        #expect(lines.last?.contains(#""kind":"run.paused""#) == true)
        #expect(lines.dropLast().last?.contains(#""kind":"step.done""#) == true)
        #expect(!lines.contains { $0.contains("hhhhhhhh") })
        #expect(try cli.run(["journal", "verify", journal]).status == 0)
        #expect(try cli.run(["journal", "show", journal]).status == 0)
    }

    @Test func aCommandAfterTheRunReadsExactlyTheLinesTheRunDidNotActOn() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let actions = ["done", "choose nowhere", "input HIS-51", "# rest"].map { $0 + "\n" }
            .joined()
        let run = try cli.shell(
            #"{ "$0" "$@"; echo "exit $?"; cat; } < "$ACTIONS""#,
            [
                "run", "full-tour", "--headless", "--operator", "nurse", "--journal-dir",
                cli.journals,
            ],
            files: ["ACTIONS": actions])
        #expect(
            run.output.hasSuffix("exit 1\ninput HIS-51\n# rest\n"),
            "output: \(run.output.suffix(300))")
    }

    @Test func resumeAfterAKillAtTheVeryEndFinishesExitsZeroAndShowsTheCode() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        #expect(try cli.headless("full-tour", ShodoCommandLine.fullTour).status == 0)
        let journal = try cli.journal()
        let lines = try cli.lines(of: journal)
        #expect(lines.last?.contains(#""kind":"journal.close""#) == true)
        try cli.write(lines: Array(lines.dropLast()), to: journal)
        let resumed = try cli.run(
            ["resume", journal, "--headless", "--operator", "clerk", "--lang", "en"], input: "")
        #expect(resumed.status == 0, "stderr: \(resumed.errors)")
        #expect(resumed.output.contains("Completed what a crash left unwritten: journal.close"))
        let code = try #require(ShodoCommandLine.code(in: resumed.output))
        #expect(try cli.run(["journal", "verify", journal, "--expect", code]).status == 0)
    }

    @Test func endOfInputPausesWithExitThreeAndResumeFindsTheNewestUnfinishedRun() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let paused = try cli.headless("full-tour", ["done", "input HIS-51"])
        #expect(paused.status == 3)
        let journal = try cli.journal()
        #expect(try cli.lines(of: journal).last?.contains(#""kind":"run.paused""#) == true)
        let resumed = try cli.run(
            [
                "resume", "--headless", "--operator", "clerk", "--journal-dir", cli.journals,
                "--lang", "ja",
            ], input: "")
        #expect(resumed.status == 3)
        #expect(resumed.output.contains("[3/10] IP アドレス（分かれば）"))
    }

    @Test func badUsageExitsTwo() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        #expect(
            try cli.run(["run", "no-such-runbook", "--headless", "--operator", "a"]).status == 2)
        #expect(try cli.run(["run", "full-tour", "--headless", "--lang", "fr"]).status == 2)
        #expect(
            try cli.run(["journal", "verify", "x.jsonl", "--expect", "not-a-code"]).status == 2)
    }

    @Test func anUnwritableJournalDirectoryIsAClearErrorBeforeTheRunStarts() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let blocker = cli.home.write("file", "x")
        let run = try cli.run(
            ["run", "full-tour", "--headless", "--operator", "a", "--journal-dir", blocker + "/j"],
            input: "done\n")
        #expect(run.status == 1)
        #expect(run.errors.contains(blocker))
        #expect(
            !run.output.contains("Read this first"), "no step is shown before the journal exists")
    }

    @Test func aSecondProcessOnTheSameJournalIsRefused() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let first = try InteractiveProcess(
            ShodoCommandLine.binary,
            ["run", "full-tour", "--headless", "--operator", "a", "--journal-dir", cli.journals],
            environment: cli.environment)
        #expect(first.waitFor("Read this first"))
        let second = try cli.run(["resume", try cli.journal(), "--headless", "--operator", "b"])
        #expect(second.status == 1)
        #expect(second.errors.contains("locked"))
        first.send("pause")
        let ended = first.process.waitForExit()
        #expect(ended.status == 3 && !ended.wasSignalled)
    }

    @Test func aKilledRunResumesAtTheRightStepWithNothingAcknowledgedLost() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let process = try InteractiveProcess(
            ShodoCommandLine.binary,
            ["run", "full-tour", "--headless", "--operator", "a", "--journal-dir", cli.journals],
            environment: cli.environment)
        #expect(process.waitFor("Read this first"))
        process.send("done")
        #expect(process.waitFor("Enter the PC name"))
        process.send("input HIS-51")
        #expect(
            process.waitFor("IP address (if known)"), "acknowledged: the next step is on screen")
        process.kill()
        let journal = try cli.journal()
        #expect(try cli.run(["journal", "verify", journal]).status == 0)
        let resumed = try cli.run(
            ["resume", journal, "--headless", "--operator", "b", "--lang", "en"], input: "")
        #expect(resumed.status == 3)
        #expect(resumed.output.hasPrefix("== Every kind of step ==\n[3/10] IP address (if known)"))
        #expect(try cli.lines(of: journal).contains { $0.contains(#""value":"HIS-51""#) })
    }

    @Test func aJournalFromANewerFormatIsRefused() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let path = cli.home.write("future.jsonl", #"{"v":2,"jid":"x","seq":0}"# + "\n")
        let verify = try cli.run(["journal", "verify", path])
        #expect(verify.status == 1)
        #expect(verify.output.contains("line 1:"))
        let resume = try cli.run(["resume", path, "--headless", "--operator", "a"])
        #expect(resume.status == 1)
        #expect(resume.errors.contains("format 2"))
    }
}
