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
        try run.performAll([
            .done(note: nil), .input(value: "HIS-51"), .choose(optionID: "wired"), .pause,
        ])
        let pausedState = run.state
        let resumed = try workspace.resume(run.journalPath)
        defer { resumed.pauseIfOpen() }
        #expect(resumed.state.frames == pausedState.frames)
        #expect(resumed.state.values == ["pc_label": "HIS-51"])
        #expect(resumed.state.status == .running)
        #expect(
            resumed.state.language == "ja", "the run's own language unless another is asked for")
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
        #expect(
            try workspace.kinds(run.journalPath).suffix(2) == ["journal.recovered", "run.resumed"])
        _ = try resumed.perform(.input(value: "HIS-51")).get()
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    /// Killed after `step.done` of the end step (4 lines kept) or after `run.ended` (5):
    /// resume finishes the run honestly instead of calling it "nothing to resume".
    @Test(arguments: [4, 5])
    func aRunKilledAtItsVeryEndIsFinishedHonestlyOnResume(keptLines: Int) throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start("sub")
        try run.performAll([.confirm(note: nil), .done(note: nil)])
        let lines = try String(contentsOfFile: run.journalPath, encoding: .utf8).split(
            separator: "\n")
        #expect(lines.count == 6)
        try (lines.prefix(keptLines).joined(separator: "\n") + "\n").write(
            toFile: run.journalPath, atomically: false, encoding: .utf8)
        let resumed = try workspace.resume(run.journalPath)
        #expect(resumed.state.hasEnded)
        let owed = keptLines == 4 ? ["run.ended", "journal.close"] : ["journal.close"]
        #expect(resumed.completedOnResume == owed)
        let records = try workspace.records(run.journalPath)
        #expect(records.suffix(owed.count + 1).map(\.kind) == ["journal.recovered"] + owed)
        let note = try #require(records.first { $0.kind == "journal.recovered" })
        #expect(note.actor == "clerk-02" && note.string("action_by") == "nurse-07")
        #expect(note.value("completed_on_resume") == .array(owed.map { .string($0) }))
        #expect(
            records.first { $0.kind == "run.ended" }?.actor == "nurse-07",
            "the ending is the operator's who ended it")
        #expect(resumed.verificationCode == records.last?.verificationCode.description)
        let report = try workspace.verify(run.journalPath)
        #expect(report.isIntact && report.verificationCode?.description == resumed.verificationCode)
        guard
            case .failure(SessionError.runAlreadyEnded) = Result(catching: {
                try workspace.resume(run.journalPath)
            })
        else {
            Issue.record("a finished journal has nothing to resume")
            return
        }
        #expect(
            try workspace.records(run.journalPath).count == records.count,
            "a second resume writes nothing")
    }

    @Test func aJournalThatDoesNotMatchTheRunbooksIsRefusedAndLeftAlone() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        try run.performAll([.done(note: nil), .input(value: "HIS-51"), .pause])
        let other = RunStateMachine(
            library: FixtureRunbooks.library.replacingSteps(of: "main", keepingFirst: 1))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: run.journalPath))
        let result = Result {
            try JournaledRun.resume(
                path: run.journalPath, machine: other, operatorName: "x", language: nil,
                clock: workspace.clock,
                machineFacts: FixedMachineFacts())
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
