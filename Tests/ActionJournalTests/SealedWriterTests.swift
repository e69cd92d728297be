import ActionJournal
import Foundation
import ShodoTestSupport
import Testing

/// The writer's side of sealing: epochs of at most 50 records or 15 minutes, the key
/// evolved and erased after each seal, and the key file a resume continues from.
struct SealedWriterTests {
    private func kinds(_ bytes: [UInt8]) -> [String] {
        let lines = JournalLines(bytes)
        return lines.lines.indices.map { lines.isSeal($0) ? "seal" : "other" }
    }

    private func records(_ path: String) throws -> [JournalRecord] {
        let reader = try JournalReader(path: path)
        var all: [JournalRecord] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    private func keyFile(_ journal: SealedJournalFixture) throws -> String {
        try String(contentsOfFile: journal.keyFilePath, encoding: .utf8)
    }

    @Test func anEpochIsClosedAfterFiftyRecords() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        try journal.append(1...119, to: writer)
        writer.close()
        let all = try records(journal.path)
        let sealLines = all.filter { $0.kind == "seal" }.map(\.lineNumber)
        #expect(sealLines == [51, 102])
        #expect(all.count == 122)
        let seal = all[50]
        #expect(
            seal.integer("epoch") == 0 && seal.integer("records") == 50 && seal.actor == "山田 花子")
        let report = JournalVerifier.verify(
            bytes: try journal.fixture.contents(), key: journal.firstKey)
        #expect(report.isIntact && report.sealsVerified == 2 && report.openEpochFirstLine == 103)
    }

    @Test func anEpochIsClosedAfterFifteenMinutesByTheJournalClock() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let clock = ManualJournalClock()
        let writer = try journal.create(clock: clock)
        try journal.append(1...2, to: writer)
        clock.advance(microseconds: 14 * 60 * 1_000_000)
        try journal.append(3...3, to: writer)
        #expect(
            kinds(try journal.fixture.contents()).filter { $0 == "seal" }.isEmpty,
            "14 minutes is not yet due")
        clock.advance(microseconds: 60 * 1_000_000)
        let record = try writer.append(JournalFixture.draft(4))
        writer.close()
        let all = try records(journal.path)
        #expect(all.map(\.kind).suffix(2) == ["seal", "step.done"])
        #expect(all[4].integer("records") == 4 && record.lineNumber == 6)
        #expect(
            JournalVerifier.verify(bytes: try journal.fixture.contents(), key: journal.firstKey)
                .isIntact)
    }

    @Test func anIdleTimerSealsADueEpochOnlyOnce() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let clock = ManualJournalClock()
        let writer = try journal.create(clock: clock)
        try journal.append(1...2, to: writer)
        #expect(try writer.sealIfDue(actor: "timer") == nil)
        clock.advance(microseconds: SealingPolicy.maximumEpochMicroseconds)
        let seal = try #require(try writer.sealIfDue(actor: "timer"))
        #expect(seal.kind == "seal" && seal.integer("records") == 3)
        clock.advance(microseconds: SealingPolicy.maximumEpochMicroseconds)
        #expect(try writer.sealIfDue(actor: "timer") == nil, "an empty epoch is never sealed")
        #expect(try writer.seal(actor: "timer") == nil)
        writer.close()
    }

    @Test func theOldKeyIsErasedOnceItsSealIsOnDisk() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let journalKey = try SealKeyMaterial.key(seed: 200)
        let sealer = JournalSealer(
            journalKey: journalKey, jid: JournalFixture.fixedJID, keyFilePath: nil)
        let writer = try JournalWriter.create(
            path: fixture.path, jid: JournalFixture.fixedJID, actor: "a", message: "open",
            openPayload: [],
            clock: ManualJournalClock(), sealing: sealer)
        try writer.append(JournalFixture.draft(1))
        #expect(!journalKey.isErased)
        try writer.seal(actor: "a")
        #expect(
            journalKey.isErased
                && SealKeyMaterial.bytes(journalKey) == [UInt8](repeating: 0, count: 32))
        #expect(sealer.epoch == 1)
        writer.close()
    }

    @Test func theMachineKeyIsEvolvedBeforeTheFirstRecordAndKZeroIsNowhere() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let started = try #require(
            try JournalSealer.startJournal(
                jid: JournalFixture.fixedJID, store: journal.store, journalPath: nil))
        #expect(!FileManager.default.fileExists(atPath: journal.path), "nothing written yet")
        let machine = try #require(try journal.store.load())
        #expect(machine.epoch == 2)
        #expect(
            SealKeyMaterial.bytes(machine.key)
                == SealKeyMaterial.referenceEvolve(
                    SealKeyMaterial.bytes(journal.firstKey), times: 2))
        let members = Dictionary(
            uniqueKeysWithValues: started.openMembers.map { ($0.name, $0.value) })
        #expect(members["seal_epoch"] == .integer(1))
        #expect(
            members["key_commitment"]
                == .string(SealDerivation.commitment(journalKey: journal.journalKey(epoch: 0))))
        _ = try journal.standardJournal()
        let open = try #require(try records(journal.path).first)
        #expect(open.integer("seal_epoch") == 2, "the second journal takes the next machine epoch")
        let everything =
            try String(contentsOfFile: journal.path, encoding: .utf8)
            + (try String(contentsOfFile: journal.store.path, encoding: .utf8))
        #expect(!everything.contains(journal.firstKey.hexDigits))
    }

    @Test func theKeyFileFollowsTheOpenEpochAndIsRemovedAfterTheFinalSeal() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        let jid = JournalFixture.fixedJID.uuidString.lowercased()
        #expect(
            try keyFile(journal)
                == "shodo-journal-seal-key-v1\njid \(jid)\nepoch 0\nkey \(journal.journalKey(epoch: 0).hexDigits)\n"
        )
        let mode =
            try FileManager.default.attributesOfItem(atPath: journal.keyFilePath)[.posixPermissions]
            as? Int
        #expect(mode == 0o600)
        try journal.append(1...2, to: writer)
        try writer.seal(actor: "yamada")
        #expect(
            try keyFile(journal).contains(
                "epoch 1\nkey \(journal.journalKey(epoch: 1).hexDigits)\n"))
        #expect(!(try keyFile(journal)).contains(journal.journalKey(epoch: 0).hexDigits))
        try journal.append(3...3, to: writer)
        try writer.sealFinalEpoch(actor: "yamada")
        #expect(!FileManager.default.fileExists(atPath: journal.keyFilePath))
        #expect(throws: JournalError.self) { try writer.append(JournalFixture.draft(4)) }
        writer.close()
        let report = JournalVerifier.verify(
            bytes: try journal.fixture.contents(), key: journal.firstKey)
        #expect(report.isIntact && report.sealsVerified == 2 && report.openEpochFirstLine == nil)
    }

    @Test func aJournalIsContinuedFromItsKeyFileAfterACrash() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        try journal.append(1...30, to: writer)
        writer.close()  // killed: no pause, no seal
        let sealer = try #require(try JournalSealer.resuming(journalPath: journal.path))
        let reopened = try JournalWriter.openExisting(
            path: journal.path, actor: "suzuki", clock: JournalFixture.laterClock(), sealing: sealer
        )
        try journal.append(31...60, to: reopened.writer)
        reopened.writer.close()
        let all = try records(journal.path)
        #expect(
            all.filter { $0.kind == "seal" }.map(\.lineNumber) == [51],
            "the open epoch goes on counting across the crash")
        let report = JournalVerifier.verify(
            bytes: try journal.fixture.contents(), key: journal.firstKey)
        #expect(report.isIntact, "\(report.lines)")
    }

    @Test func aCrashRightAfterJournalOpenLeavesTheKeyToContinueIt() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let started = try #require(
            try JournalSealer.startJournal(
                jid: JournalFixture.fixedJID, store: journal.store, journalPath: journal.path))
        // The injected crash point: `journal.open` has reached the file, and the process
        // dies before anything else happens (its sync fails and nothing more runs).
        let crash = CrashAfterFirstWrite(keyFilePath: journal.keyFilePath)
        #expect(throws: JournalError.self) {
            try JournalWriter.create(
                path: journal.path, jid: JournalFixture.fixedJID, actor: "yamada",
                message: "journal opened",
                openPayload: started.openMembers, clock: SystemJournalClock(),
                sealing: started.sealer,
                outputs: JournalOutputFactory { crash.make($0) })
        }
        #expect(crash.keyFileExistedWhenTheFirstRecordWasWritten == true)
        let sealer = try #require(try JournalSealer.resuming(journalPath: journal.path))
        let reopened = try JournalWriter.openExisting(
            path: journal.path, actor: "suzuki", clock: JournalFixture.laterClock(), sealing: sealer
        )
        #expect(reopened.records.map(\.kind) == ["journal.open"])
        try journal.append(1...2, to: reopened.writer)
        reopened.writer.close()
        let report = JournalVerifier.verify(
            bytes: try journal.fixture.contents(), key: journal.firstKey)
        #expect(report.isIntact && report.linesVerified == 3, "\(report.lines)")
    }

    @Test func resumingRemovesTheTemporaryKeyCopiesACrashLeft() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        writer.close()
        let leftover = journal.keyFilePath + ".tmp-4242-17"
        try "shodo-journal-seal-key-v1\n".write(
            toFile: leftover, atomically: false, encoding: .utf8)
        let unrelated = journal.fixture.directory + "/other.jsonl.sealkey.tmp-1-1"
        try "x".write(toFile: unrelated, atomically: false, encoding: .utf8)
        #expect(try JournalSealer.resuming(journalPath: journal.path) != nil)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(
            FileManager.default.fileExists(atPath: unrelated),
            "another journal's files are not touched")
    }

    @Test func aCrashBetweenASealAndItsKeyFileIsCaughtUpOnResume() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        try journal.append(1...3, to: writer)
        let keyBeforeSeal = try keyFile(journal)
        try writer.seal(actor: "yamada")
        writer.close()
        // The seal reached the disk, the evolved key did not.
        try keyBeforeSeal.write(toFile: journal.keyFilePath, atomically: false, encoding: .utf8)
        let sealer = try #require(try JournalSealer.resuming(journalPath: journal.path))
        let reopened = try JournalWriter.openExisting(
            path: journal.path, actor: "suzuki", clock: SystemJournalClock(), sealing: sealer)
        #expect(sealer.epoch == 1)
        #expect(try keyFile(journal).contains("epoch 1\n"))
        try journal.append(4...5, to: reopened.writer)
        reopened.writer.close()
        #expect(
            JournalVerifier.verify(bytes: try journal.fixture.contents(), key: journal.firstKey)
                .isIntact)
    }

    @Test func aKeyFileThatDoesNotFitIsRefusedAndNothingIsWritten() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        try journal.append(1...3, to: writer)
        writer.close()
        let before = try journal.fixture.contents()
        let forged = try keyFile(journal).replacingOccurrences(
            of: journal.journalKey(epoch: 0).hexDigits, with: String(repeating: "ab", count: 32))
        try forged.write(toFile: journal.keyFilePath, atomically: false, encoding: .utf8)
        let sealer = try #require(try JournalSealer.resuming(journalPath: journal.path))
        let error = #expect(throws: JournalError.self) {
            _ = try JournalWriter.openExisting(
                path: journal.path, actor: "suzuki", clock: SystemJournalClock(), sealing: sealer)
        }
        guard case .sealingFailed(_, let reason) = error else {
            Issue.record("expected sealingFailed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("the MAC of line 4 was not made with it"), "\(reason)")
        #expect(try journal.fixture.contents() == before)
    }

    @Test func anUnsealedJournalStaysUnsealed() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let writer = try fixture.write(records: 60)
        #expect(!writer.isSealed)
        #expect(try writer.seal(actor: "x") == nil)
        try writer.sealFinalEpoch(actor: "x")
        writer.close()
        #expect(!String(decoding: try fixture.contents(), as: UTF8.self).contains("\"mac\""))
        #expect(
            !String(decoding: try fixture.contents(), as: UTF8.self).contains("\"kind\":\"seal\""))
    }
}

/// An output that writes the first line for real and then fails its sync, as a process
/// killed right after `write()` would leave the file; it notes whether the journal's key
/// file was already on disk when that first record reached the file.
final class CrashAfterFirstWrite: @unchecked Sendable {
    // Used only inside one `create` call, on the test's task.
    let keyFilePath: String
    var keyFileExistedWhenTheFirstRecordWasWritten: Bool?

    init(keyFilePath: String) { self.keyFilePath = keyFilePath }

    func make(_ descriptor: Int32) -> any JournalOutput {
        let output = FailingOutput(descriptor: descriptor)
        output.failSyncsWith = EIO
        return Observed(output: output, crash: self)
    }

    private final class Observed: JournalOutput, @unchecked Sendable {
        let output: FailingOutput
        let crash: CrashAfterFirstWrite

        init(output: FailingOutput, crash: CrashAfterFirstWrite) {
            self.output = output
            self.crash = crash
        }

        func write(_ line: [UInt8]) throws(JournalOutputFailure) -> Int {
            if crash.keyFileExistedWhenTheFirstRecordWasWritten == nil {
                crash.keyFileExistedWhenTheFirstRecordWasWritten = FileManager.default.fileExists(
                    atPath: crash.keyFilePath)
            }
            return try output.write(line)
        }

        func synchronize() throws(JournalOutputFailure) { try output.synchronize() }
    }
}
