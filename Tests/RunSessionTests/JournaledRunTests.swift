import ActionJournal
import Foundation
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("A run wired to its journal")
struct JournaledRunTests {
    @Test func startWritesOpenAndStartedIntoANewPrivateFile() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        defer { run.pauseIfOpen() }
        #expect(try workspace.kinds(run.journalPath) == ["journal.open", "run.started"])
        let name = (run.journalPath as NSString).lastPathComponent
        #expect(name.contains("-main-") && name.hasSuffix(".jsonl"))
        let mode =
            try FileManager.default.attributesOfItem(atPath: run.journalPath)[.posixPermissions]
            as? Int
        #expect(mode == 0o600)
        let open = try #require(try workspace.records(run.journalPath).first)
        #expect(open.actor == "nurse-07")
        #expect(open.bool("drill") == false)
        #expect(
            open.value("program") != nil && open.string("host") != nil && open.string("tz") != nil)
        #expect(run.presentation?.stepID == "intro")
    }

    @Test func journalOpenRecordsTheMachineFactsTheRunWasGiven() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let jid = try #require(UUID(uuidString: "5E1F0C2A-9B7D-4E3F-8A61-0C2D4B6F8E10"))
        let facts = FixedMachineFacts(
            host: "ward-3-east", offset: "+09:00", synchronised: false, journalID: jid)
        let run = try JournaledRun.start(
            RunStartRequest(
                runbookID: "main", machine: FixtureRunbooks.machine, language: "en",
                operatorName: "nurse-07",
                destination: .directory(workspace.directory.path), clock: workspace.clock,
                machineFacts: facts,
                sealKeyStore: nil))
        defer { run.pauseIfOpen() }
        let records = try workspace.records(run.journalPath)
        let open = try #require(records.first)
        #expect(open.string("host") == "ward-3-east")
        #expect(open.string("tz") == "+09:00")
        #expect(open.bool("clock_sync") == false)
        #expect(
            records.allSatisfy { $0.jid == jid },
            "every record carries the id the machine facts gave")
        #expect((run.journalPath as NSString).lastPathComponent.hasSuffix("-main-5e1f0c2a.jsonl"))
    }

    @Test func everyAcceptedActionIsOnDiskWhenPerformReturns() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        let written = try run.perform(.done(note: "ok")).get()
        #expect(written.map(\.kind) == ["step.done"])
        #expect(try workspace.kinds(run.journalPath).last == "step.done")
        #expect(run.verificationCode == written.last?.verificationCode.description)
        run.pauseIfOpen()
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    @Test func aRefusedActionJournalsNothingAndTheJournalStillVerifies() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        let before = try workspace.kinds(run.journalPath)
        let result = run.perform(.choose(optionID: "wired"))
        guard case .failure(.refused(.notValidOnStep(let action, let kind))) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(action == "choose" && kind == "instruction")
        #expect(try workspace.kinds(run.journalPath) == before)
        run.pauseWithoutRecord()
        #expect(try workspace.verify(run.journalPath).isIntact)
    }

    @Test(arguments: [
        FailingJournalOutput.Failure.write(errno: ENOSPC),
        FailingJournalOutput.Failure.synchronize(errno: EIO),
    ])
    func aFailingDiskRefusesThisAndEveryLaterAction(_ failure: FailingJournalOutput.Failure) throws
    {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start(
            outputs: FailingJournalOutput.factory(healthyWrites: 3, failure: failure))
        _ = try run.perform(.done(note: nil)).get()
        let stateBefore = run.state
        guard case .failure(.journalFailed) = run.perform(.input(value: "HIS-51")) else {
            Issue.record("the failed write was reported as success")
            return
        }
        #expect(run.state == stateBefore, "the state does not move past what is on disk")
        #expect(run.failure != nil)
        guard case .failure(.sessionFailed) = run.perform(.note(text: "still here?")) else {
            Issue.record("a later action was accepted after a failure")
            return
        }
        run.pauseIfOpen()
        let report = try workspace.verify(run.journalPath)
        #expect(report.isIntact, "what did reach the disk still verifies")
        #expect(try !workspace.kinds(run.journalPath).contains("value.entered") || failure.isSync)
    }

    @Test func aWaitOfAnyLengthAndAnyClockReadingNeverTraps() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let machine = FixtureRunbooks.machine(steps: [
            Step(id: "long", kind: .wait(seconds: .max), title: FixtureRunbooks.text("待つ", "Wait")),
            Step(
                id: "finish", kind: .end(.resolved), title: FixtureRunbooks.text("おわり", "Finished")),
        ])
        let run = try workspace.start("solo", machine: machine)
        defer { run.pauseIfOpen() }
        #expect(run.presentation?.stepID == "long")
        #expect(!run.waitIsOver)
        #expect(run.waitSecondsLeft == .max)
        workspace.clock.tickMicroseconds = 0
        workspace.clock.instant.wallMicroseconds = .min
        #expect(!run.waitIsOver, "a clock stepped far back does not end the wait")
        #expect(run.waitSecondsLeft == .max)
        workspace.clock.instant.wallMicroseconds = .max
        #expect(!run.waitIsOver, "no clock reading reaches a wait longer than Int64 microseconds")
        #expect((run.waitSecondsLeft ?? 0) > 0)
    }

    @Test func aJournalDirectoryThatCannotBeWrittenStopsTheRunBeforeItStarts() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let blocker = workspace.directory.write("not-a-directory", "x")
        let result = Result {
            try JournaledRun.start(
                RunStartRequest(
                    runbookID: "main", machine: FixtureRunbooks.machine, language: "en",
                    operatorName: "a",
                    destination: .directory(blocker + "/journals"), clock: workspace.clock,
                    machineFacts: FixedMachineFacts(), sealKeyStore: nil))
        }
        guard case .failure(let error) = result,
            case SessionError.journalFailed(.directoryNotWritable) = error
        else {
            Issue.record("expected directoryNotWritable, got \(result)")
            return
        }
        #expect((error as? SessionError)?.message(language: "en").contains(blocker) == true)
    }

    @Test func aSecondWriterOnTheSameJournalIsRefused() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start()
        defer { run.pauseIfOpen() }
        let second = Result { try workspace.resume(run.journalPath) }
        guard case .failure(SessionError.journalFailed(.lockedByAnotherProcess)) = second else {
            Issue.record("expected the lock to refuse, got \(second)")
            return
        }
    }

    @Test func theEndOfTheRunWritesRunEndedThenJournalCloseAndReleasesTheLock() throws {
        let workspace = SessionWorkspace()
        defer { workspace.directory.remove() }
        let run = try workspace.start("sub")
        try run.performAll([.confirm(note: nil), .done(note: nil)])
        let kinds = try workspace.kinds(run.journalPath)
        #expect(Array(kinds.suffix(3)) == ["step.done", "run.ended", "journal.close"])
        #expect(run.state.status == .ended(.handedOver))
        let report = try workspace.verify(run.journalPath)
        #expect(report.verificationCode?.description == run.verificationCode)
        guard
            case .failure(SessionError.runAlreadyEnded) = Result(catching: {
                try workspace.resume(run.journalPath)
            })
        else {
            Issue.record("an ended run must not resume")
            return
        }
    }
}

extension FailingJournalOutput.Failure {
    var isSync: Bool {
        if case .synchronize = self { return true }
        return false
    }
}
