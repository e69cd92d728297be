import ActionJournal
import Foundation
import RunEngine
import RunSession
import ShodoTestSupport
import Testing

@Suite("Resume rebuilds the run from its journal")
struct ResumeTests {
    @Test func resumeContinuesAtTheStepWhereThePauseWas() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start(language: "ja")
        try run.performAll([.done(note: nil), .input(value: "HIS-51"), .choose(optionID: "wired"), .pause])
        let pausedState = run.state
        let resumed = try workspace.resume(run.journalPath)
        defer { resumed.pauseIfOpen() }
        #expect(resumed.state.frames == pausedState.frames)
        #expect(resumed.state.values == ["pc_label": "HIS-51"])
        #expect(resumed.state.status == .running)
        #expect(resumed.state.language == "ja", "the run's own language unless another is asked for")
        let last = try #require(try workspace.records(run.journalPath).last)
        #expect(last.kind == "run.resumed")
        #expect(last.actor == "clerk-02")
        #expect(resumed.presentation?.stepID == "cable")
    }

    @Test func resumeAfterACrashWithoutPauseAlsoWorks() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        try run.performAll([.done(note: nil)])
        run.pauseWithoutRecord()
        let resumed = try workspace.resume(run.journalPath)
        defer { resumed.pauseIfOpen() }
        #expect(resumed.presentation?.stepID == "pc-label")
    }

    @Test func aTornFinalLineIsRecoveredAndTheRunGoesOn() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        try run.performAll([.done(note: nil)])
        run.pauseWithoutRecord()
        let handle = try #require(FileHandle(forWritingAtPath: run.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":1,"jid":"torn"#.utf8))
        try handle.close()
        let resumed = try workspace.resume(run.journalPath)
        defer { resumed.pauseIfOpen() }
        #expect(resumed.recoveredTornBytes == 18)
        #expect(try workspace.kinds(run.journalPath).suffix(2) == ["journal.recovered", "run.resumed"])
        _ = try resumed.perform(.input(value: "HIS-51")).get()
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    @Test func recordsACrashLeftUnwrittenAreWrittenOnResume() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start("sub")
        try run.performAll([.confirm(note: nil), .done(note: nil)])
        // Cut the journal back to just after step.done, as if the power failed
        // before run.ended and journal.close reached the disk.
        let lines = try String(contentsOfFile: run.journalPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 6)
        try (lines.prefix(4).joined(separator: "\n") + "\n").write(toFile: run.journalPath, atomically: false, encoding: .utf8)
        guard case .failure(SessionError.runAlreadyEnded) = Result(catching: { try workspace.resume(run.journalPath) }) else {
            Issue.record("the run had ended; resume must say so")
            return
        }
        #expect(try workspace.kinds(run.journalPath).suffix(3) == ["step.done", "run.ended", "journal.close"])
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    @Test func aJournalThatDoesNotMatchTheRunbooksIsRefusedAndLeftAlone() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        try run.performAll([.done(note: nil), .input(value: "HIS-51"), .pause])
        let other = RunStateMachine(library: FixtureRunbooks.library.replacingSteps(of: "main", keepingFirst: 1))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: run.journalPath))
        let result = Result {
            try JournaledRun.resume(path: run.journalPath, machine: other, operatorName: "x", language: nil, clock: workspace.clock)
        }
        guard case .failure(SessionError.replayFailed) = result else {
            Issue.record("expected a replay failure, got \(result)")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: run.journalPath)) == bytes)
    }

    @Test func unfinishedRunsListsPausedRunsButNotEndedOnes() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let paused = try workspace.start()
        try paused.performAll([.done(note: nil), .pause])
        workspace.clock.advance(microseconds: 5_000_000)
        let ended = try workspace.start("sub")
        try ended.performAll([.confirm(note: nil), .done(note: nil)])
        let unfinished = UnfinishedRuns.list(in: workspace.directory.path)
        #expect(unfinished.map(\.path) == [paused.journalPath])
        #expect(unfinished.first?.runbookID == "main")
        #expect(unfinished.first?.lastStepID == "pc-label")
    }
}
