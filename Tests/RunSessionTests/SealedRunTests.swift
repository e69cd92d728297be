import ActionJournal
import Foundation
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Runs on a machine with a seal key")
struct SealedRunTests {
    /// A workspace whose machine key store holds `evolve(K_0)`, with `K_0` kept aside.
    struct SealedWorkspace {
        let workspace = SessionWorkspace()
        let firstKey = SealKey.random()
        var store: SealKeyStore {
            SealKeyStore(path: workspace.directory.file("config/shodo/seal-key"))
        }

        init() throws {
            try store.install(firstKey: firstKey, replacing: false)
        }

        func start(_ runbookID: RunbookID = "sub", store: SealKeyStore?) throws -> JournaledRun {
            try JournaledRun.start(
                RunStartRequest(
                    runbookID: runbookID, machine: FixtureRunbooks.machine, language: "en",
                    operatorName: "nurse-07",
                    destination: .directory(workspace.directory.file("journals")),
                    clock: workspace.clock,
                    machineFacts: FixedMachineFacts(), sealKeyStore: store))
        }

        func verifyWithKey(_ path: String) throws -> VerificationReport {
            try JournalVerifier.verify(path: path, key: firstKey)
        }
    }

    @Test func aSealedRunPausedAndResumedVerifiesWithTheKey() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let run = try sealed.start(store: sealed.store)
        #expect(run.isSealed)
        let keyFile = JournalSealer.keyFilePath(forJournal: run.journalPath)
        let open = try #require(try sealed.workspace.records(run.journalPath).first)
        #expect(open.integer("seal_epoch") == 1 && open.string("key_commitment")?.count == 64)
        #expect(
            try sealed.store.load()?.epoch == 2,
            "the machine key moved on before the journal was written")

        try run.performAll([.pause])
        #expect(try sealed.workspace.kinds(run.journalPath).suffix(2) == ["run.paused", "seal"])
        let mode =
            try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let paused = try sealed.verifyWithKey(run.journalPath)
        #expect(
            paused.isIntact && paused.openEpochFirstLine == nil,
            "nothing written is left in an open epoch")
        #expect(run.verificationCode == paused.verificationCode?.description)

        let resumed = try sealed.workspace.resume(run.journalPath)
        #expect(resumed.isSealed)
        try resumed.performAll([.confirm(note: nil), .done(note: nil)])
        #expect(
            try sealed.workspace.kinds(run.journalPath).suffix(3) == [
                "run.ended", "journal.close", "seal",
            ])
        #expect(
            !FileManager.default.fileExists(atPath: keyFile),
            "the key is gone once the last epoch is sealed")
        let report = try sealed.verifyWithKey(run.journalPath)
        #expect(
            report.isIntact && report.checkedWithKey && report.openEpochFirstLine == nil,
            "\(report.lines)")
        #expect(
            resumed.verificationCode == report.verificationCode?.description,
            "the code shown is the last line's")
    }

    @Test func resumingAFinishedSealedRunSaysItHasEnded() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let run = try sealed.start(store: sealed.store)
        try run.performAll([.confirm(note: nil), .done(note: nil)])
        guard
            case .failure(SessionError.runAlreadyEnded) = Result(catching: {
                try sealed.workspace.resume(run.journalPath)
            })
        else {
            Issue.record("a finished sealed run must be reported as ended")
            return
        }
    }

    @Test func aSealedRunKilledBeforeItsFinalSealIsSealedOnResume() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let run = try sealed.start(store: sealed.store)
        try run.performAll([.confirm(note: nil)])
        let keyFile = JournalSealer.keyFilePath(forJournal: run.journalPath)
        let keyBeforeTheEnd = try Data(contentsOf: URL(fileURLWithPath: keyFile))
        try run.performAll([.done(note: nil)])
        // Killed after journal.close reached the disk: no final seal, the key file still there.
        let lines = try String(contentsOfFile: run.journalPath, encoding: .utf8).split(
            separator: "\n")
        #expect(lines.last?.contains(#""kind":"seal""#) == true)
        try (lines.dropLast().joined(separator: "\n") + "\n").write(
            toFile: run.journalPath, atomically: false, encoding: .utf8)
        try keyBeforeTheEnd.write(to: URL(fileURLWithPath: keyFile))
        let resumed = try sealed.workspace.resume(run.journalPath)
        #expect(resumed.state.hasEnded && resumed.completedOnResume == ["seal"])
        #expect(
            try sealed.workspace.kinds(run.journalPath).suffix(3) == [
                "journal.close", "journal.recovered", "seal",
            ])
        #expect(!FileManager.default.fileExists(atPath: keyFile))
        let report = try sealed.verifyWithKey(run.journalPath)
        #expect(report.isIntact && report.openEpochFirstLine == nil, "\(report.lines)")
        #expect(resumed.verificationCode == report.verificationCode?.description)
    }

    @Test func aKilledSealedRunResumesFromItsKeyFile() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let run = try sealed.start("main", store: sealed.store)
        try run.performAll([.done(note: nil), .input(value: "HIS-51")])
        run.pauseWithoutRecord()
        let resumed = try sealed.workspace.resume(run.journalPath)
        defer { resumed.pauseIfOpen() }
        #expect(resumed.presentation?.stepID == "connection")
        _ = try resumed.perform(.choose(optionID: "wired")).get()
        #expect(try sealed.verifyWithKey(run.journalPath).isIntact)
    }

    @Test func eachRunTakesTheNextMachineEpochAndOneKeyVerifiesThemAll() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let first = try sealed.start(store: sealed.store)
        try first.performAll([.confirm(note: nil), .done(note: nil)])
        let second = try sealed.start(store: sealed.store)
        try second.performAll([.confirm(note: nil), .done(note: nil)])
        #expect(try sealed.workspace.records(first.journalPath).first?.integer("seal_epoch") == 1)
        #expect(try sealed.workspace.records(second.journalPath).first?.integer("seal_epoch") == 2)
        #expect(try sealed.verifyWithKey(first.journalPath).isIntact)
        #expect(try sealed.verifyWithKey(second.journalPath).isIntact)
    }

    @Test func withoutAStoreOrAKeyTheRunIsNotSealed() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let emptyStore = SealKeyStore(path: sealed.workspace.directory.file("nowhere/seal-key"))
        for store in [nil, emptyStore] {
            let run = try sealed.start(store: store)
            #expect(!run.isSealed)
            try run.performAll([.confirm(note: nil), .done(note: nil)])
            #expect(try sealed.workspace.kinds(run.journalPath).last == "journal.close")
            #expect(try sealed.workspace.records(run.journalPath).allSatisfy { $0.mac == nil })
        }
        #expect(try sealed.store.load()?.epoch == 1, "an unused store is left alone")
    }

    @Test func anIdleTickSealsAQuietNight() throws {
        let sealed = try SealedWorkspace()
        defer { sealed.workspace.directory.remove() }
        let run = try sealed.start("main", store: sealed.store)
        defer { run.pauseIfOpen() }
        #expect(run.sealIfDue() == nil)
        #expect(try sealed.workspace.kinds(run.journalPath).last == "run.started")
        sealed.workspace.clock.advance(microseconds: SealingPolicy.maximumEpochMicroseconds)
        #expect(run.sealIfDue() == nil)
        #expect(try sealed.workspace.kinds(run.journalPath).last == "seal")
        #expect(
            run.verificationCode
                == (try sealed.verifyWithKey(run.journalPath)).verificationCode?.description)
    }
}
