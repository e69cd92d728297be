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
        #expect(lines.first?.contains("OK") == true)
        #expect(show.output.contains("verification code \(code)"))
        #expect(lines.contains { $0.contains("看護師A  value.entered  Entered: Enter the PC name = HIS-51") })
        #expect(lines.last?.contains("journal.close") == true)
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
        #expect(withFIFOKey.errors.contains("--key: \(fifo): not a regular file"), "stderr: \(withFIFOKey.errors)")
        let fifoJournal = try cli.run(["journal", "verify", fifo])
        #expect(fifoJournal.status == 2)
        #expect(fifoJournal.errors.contains("\(fifo): cannot read it as a journal: not a regular file"))
        #expect(try cli.run(["journal", "verify", cli.home.file("missing.jsonl")]).status == 2)
        #expect(try cli.run(["journal", "verify", cli.home.path]).status == 2, "a directory")
    }
}
