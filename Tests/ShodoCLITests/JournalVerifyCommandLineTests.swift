import Foundation
import ShodoTestSupport
import Testing

@Suite("shodo journal verify on a real run's journal")
struct JournalVerifyCommandLineTests {
    /// A finished run's journal and the code printed at its end.
    func finishedRun(_ cli: ShodoCommandLine) throws -> (path: String, code: String) {
        let run = try cli.headless("full-tour", ShodoCommandLine.fullTour)
        return (try cli.journal(), try #require(ShodoCommandLine.code(in: run.output)))
    }

    @Test func anyChangedByteFailsNamingTheLine() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, _) = try finishedRun(cli)
        var lines = try cli.lines(of: path)
        lines[4] = lines[4].replacingOccurrences(of: "HIS-51", with: "HIS-52")
        try cli.write(lines: lines, to: path)
        let result = try cli.run(["journal", "verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("line 5:"))
    }

    @Test func aDeletedLineFails() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, _) = try finishedRun(cli)
        var lines = try cli.lines(of: path)
        lines.remove(at: 7)
        try cli.write(lines: lines, to: path)
        let result = try cli.run(["journal", "verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("line 8:"))
    }

    @Test func twoSwappedLinesFail() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, _) = try finishedRun(cli)
        var lines = try cli.lines(of: path)
        lines.swapAt(9, 10)
        try cli.write(lines: lines, to: path)
        let result = try cli.run(["journal", "verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("line 10:"))
    }

    @Test func aCutEndPassesAloneButFailsAgainstTheCodeWrittenDown() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, code) = try finishedRun(cli)
        let lines = try cli.lines(of: path)
        try cli.write(lines: Array(lines.dropLast(3)), to: path)
        #expect(try cli.run(["journal", "verify", path]).status == 0, "the documented blind spot")
        let expecting = try cli.run(["journal", "verify", path, "--expect", code])
        #expect(expecting.status == 1)
    }

    @Test func showPrintsTheVerdictThenTheTimeline() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, code) = try finishedRun(cli)
        let show = try cli.run(["journal", "show", path])
        #expect(show.status == 0)
        let lines = show.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("chain intact (lines 1-") == true)
        #expect(lines.first?.contains("end not checked — no verification code given") == true)
        #expect(show.output.contains("verification code \(code)"))
        #expect(
            lines.contains {
                $0.contains("看護師A  value.entered  Entered: Enter the PC name = HIS-51")
            })
        #expect(lines.last?.contains("journal.close") == true)
    }

    /// `journal show` is the plain-text timeline `ExportFormat.text` names: byte for byte
    /// what `journal merge` prints for the one journal, also past a line that is not a record.
    @Test func showPrintsWhatMergeOfTheOneJournalPrints() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, code) = try finishedRun(cli)
        var lines = try cli.lines(of: path)
        lines[6] = "not a record"
        try cli.write(lines: lines, to: path)
        for extra in [[], ["--expect", code]] {
            let show = try cli.run(["journal", "show", path, "--lang", "en"] + extra)
            let merge = try cli.run(["journal", "merge", path, "--lang", "en"] + extra)
            #expect(show.status == merge.status && show.errors == merge.errors, "\(extra)")
            #expect(show.output == merge.output, "\(extra)")
            #expect(show.output.hasPrefix("NOT INTACT from line 7: "))
            #expect(
                show.output.split(separator: "\n").contains { $0.hasPrefix("   !7  ") },
                "the line after the bad one, unproven")
            #expect(show.errors.contains("1 line(s) were not readable records and were left out"))
        }
    }

    /// A FIFO is refused at once, never waited on (the test would hang before the fix);
    /// a journal or key that cannot be read exits 2, apart from "not intact" (1).
    @Test(.timeLimit(.minutes(1)))
    func aJournalOrKeyThatCannotBeReadExitsTwoAndAFIFOIsNeverWaitedOn() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, _) = try finishedRun(cli)
        let fifo = cli.home.file("pipe")
        try #require(mkfifo(fifo, 0o600) == 0)
        let withFIFOKey = try cli.run(["journal", "verify", path, "--key", fifo])
        #expect(withFIFOKey.status == 2)
        #expect(
            withFIFOKey.errors.contains("--key: \(fifo): not a regular file"),
            "stderr: \(withFIFOKey.errors)")
        let fifoJournal = try cli.run(["journal", "verify", fifo])
        #expect(fifoJournal.status == 2)
        #expect(
            fifoJournal.errors.contains("\(fifo): cannot read it as a journal: not a regular file"))
        #expect(try cli.run(["journal", "verify", cli.home.file("missing.jsonl")]).status == 2)
        #expect(try cli.run(["journal", "verify", cli.home.path]).status == 2, "a directory")
    }

    @Test func everyViewOfACutJournalSaysNoLineHasTheCodeWrittenDown() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, code) = try finishedRun(cli)
        try cli.write(lines: Array(try cli.lines(of: path).dropLast(3)), to: path)
        let typed = code.lowercased().replacingOccurrences(of: "-", with: "")
        let commands: [[String]] = [
            ["journal", "show", path], ["review", path],
            ["journal", "export", path, "--format", "csv"],
            ["journal", "merge", path],
        ]
        for command in commands {
            let withoutCode = try cli.run(command)
            #expect(withoutCode.output.contains("end not checked"), "\(command)")
            #expect(!withoutCode.output.contains("no line has this code"), "\(command)")
            let withCode = try cli.run(command + ["--expect", typed])
            #expect(withCode.output.contains("no line has this code"), "\(command)")
            #expect(!withCode.output.contains("end not checked"), "\(command)")
        }
        #expect(
            try cli.run(["review", path]).status == 0,
            "the chain is intact and nothing else was asked")
        #expect(
            try cli.run(["review", path, "--expect", typed]).status == 1,
            "review exits 1 on a journal that is not intact")
    }

    @Test func aCodeThatIsNotOneOrOneCodeTooManyIsRefusedWithItsPlace() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, code) = try finishedRun(cli)
        let bad = try cli.run(["review", path, "--expect", "7K2M-QX9D"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("--expect (1): '7K2M-QX9D' is not a verification code"))
        let twice = try cli.run(["journal", "show", path, "--expect", code, "--expect", code])
        #expect(twice.status == 2)
        #expect(twice.errors.contains("--expect given 2 times for 1 journal(s)"))
    }

    @Test func timesketchCSVIsNotWrittenIntoAJSONLinesFile() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let (path, _) = try finishedRun(cli)
        let output = cli.home.file("night.jsonl")
        let result = try cli.run([
            "journal", "export", path, "--format", "timesketch-csv", "-o", output,
        ])
        #expect(result.status == 2)
        #expect(result.errors.contains("--format timesketch-csv writes CSV"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

/// `shodo journal show` over the five tamper cases, sealed and not, with and without
/// `--expect` and `--key`: the headline never says intact for what was not checked.
@Suite struct JournalShowClaimTests {
    static let cases: [(TamperedJournal.Tamper, Bool)] = TamperedJournal.Tamper.allCases.flatMap {
        [($0, false), ($0, true)]
    }

    @Test(arguments: cases)
    func theHeadlineSaysOnlyWhatWasChecked(tamper: TamperedJournal.Tamper, sealed: Bool) throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let journal = try TamperedJournal(tamper, sealed: sealed, in: cli.home)
        let keyFile = try journal.keyFile(in: cli.home)
        for (expect, key) in [(false, false), (true, false), (false, true), (true, true)] {
            let arguments =
                ["journal", "show", journal.path, "--lang", "en"]
                + (expect ? ["--expect", journal.code.description] : [])
                + (key ? ["--key", keyFile] : [])
            let headline =
                try cli.run(arguments).output.split(separator: "\n").first.map(String.init) ?? ""
            let claim = TamperedJournal.Claim(tamper, sealed: sealed, expect: expect, key: key)
            let label = "\(tamper), \(sealed ? "sealed" : "unsealed"), expect \(expect), key \(key)"
            for words in claim.mustSay {
                #expect(headline.contains(words), "\(label): says \"\(words)\" in \(headline)")
            }
            for words in claim.mustNotSay {
                #expect(!headline.contains(words), "\(label): never says \"\(words)\"")
            }
        }
    }
}
