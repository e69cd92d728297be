import ActionJournal
import Foundation
import Testing

/// Continuing a journal after a crash: torn tails are cut and kept, corrupt lines never.
struct RecoveryTests {
    private func tornCopies(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter {
            $0.contains(".torn-")
        }
    }

    @Test func tornLineWithoutNewlineIsCopiedCutAndRecorded() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let complete = try fixture.bytes(records: 5)
        let torn = Array(
            #"{"v":1,"jid":"7aaa04f2-3c1d-4e5f-8a9b-0c1d2e3f4a5b","seq":5,"ts":"2025-11"#.utf8)
        try fixture.replace(with: complete + torn)

        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.isIntact)
        #expect(report.warnings == [.tornFinalLine(line: 6, bytes: Int64(torn.count))])
        #expect(report.lines.contains("warning: torn final line (\(torn.count) bytes)"))

        let clock = JournalFixture.laterClock()
        let opened = try JournalWriter.openExisting(
            path: fixture.path, actor: "recoverer", clock: clock)
        defer { opened.writer.close() }
        let recovery = try #require(opened.recovery)
        #expect(recovery.line == 6)
        #expect(recovery.discardedBytes == Int64(torn.count))
        #expect(recovery.discardedSHA256 == ReferenceSHA256.hex(torn))
        #expect(recovery.tornCopyPath == fixture.path + ".torn-20251122T082640Z")
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: recovery.tornCopyPath))) == torn)

        let record = recovery.record
        #expect(
            record.kind == "journal.recovered" && record.seq == 5 && record.actor == "recoverer")
        #expect(record.integer("discarded_bytes") == Int64(torn.count))
        #expect(record.string("discarded_sha256") == ReferenceSHA256.hex(torn))
        #expect(opened.records.map(\.seq) == Array(0...5))
        #expect(opened.records.last == record)

        let after = try fixture.contents()
        #expect(Array(after.prefix(complete.count)) == complete)
        let verified = try JournalVerifier.verify(path: fixture.path)
        #expect(verified.isIntact && verified.warnings.isEmpty && verified.linesVerified == 6)
        try opened.writer.append(JournalFixture.draft(6))
        #expect(try JournalVerifier.verify(path: fixture.path).linesVerified == 7)
    }

    @Test func nulFilledTailIsTreatedAsTorn() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let complete = try fixture.bytes(records: 4)
        try fixture.replace(with: complete + [UInt8](repeating: 0, count: 4096))
        #expect(
            try JournalVerifier.verify(path: fixture.path).warnings == [
                .tornFinalLine(line: 5, bytes: 4096)
            ])

        let opened = try JournalWriter.openExisting(
            path: fixture.path, actor: "r", clock: JournalFixture.laterClock())
        defer { opened.writer.close() }
        #expect(opened.recovery?.discardedBytes == 4096)
        #expect(
            opened.recovery?.discardedSHA256
                == ReferenceSHA256.hex([UInt8](repeating: 0, count: 4096)))
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.isIntact && report.warnings.isEmpty && report.linesVerified == 5)
    }

    @Test func aCompleteLastLineWithANULByteIsCorruptAndNeverCut() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        var damaged = try fixture.bytes(records: 4)
        let lastLineStart = try #require(damaged.dropLast().lastIndex(of: 0x0A)) + 1
        let inKind = try #require(damaged[lastLineStart...].firstIndex(of: UInt8(ascii: "k")))
        damaged[inKind] = 0
        try fixture.replace(with: damaged)
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(!report.isIntact && report.tornFinalLineBytes == nil)
        #expect(
            report.firstError
                == VerificationFailure(
                    line: damaged.count(where: { $0 == 0x0A }), problem: .containsNULBytes))
        #expect(throws: JournalError.self) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "r", clock: JournalFixture.laterClock())
        }
        #expect(try fixture.contents() == damaged, "the file is left exactly as it was")
        #expect(try tornCopies(in: fixture.directory).isEmpty)
        let reader = try JournalReader(path: fixture.path)
        #expect(throws: JournalError.self) { while try reader.next() != nil {} }
    }

    @Test func secondRecoveryOfTheSameSecondGetsItsOwnCopy() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        try fixture.replace(with: try fixture.bytes(records: 2) + Array("{\"v\":1".utf8))
        let clock = JournalFixture.laterClock(tickMicroseconds: 0)
        let first = try JournalWriter.openExisting(path: fixture.path, actor: "r", clock: clock)
        first.writer.close()
        try fixture.replace(with: try fixture.contents() + Array("{\"v\"".utf8))
        let second = try JournalWriter.openExisting(path: fixture.path, actor: "r", clock: clock)
        second.writer.close()
        #expect(second.recovery?.tornCopyPath == fixture.path + ".torn-20251122T082640Z-2")
        #expect(try tornCopies(in: fixture.directory).count == 2)
    }

    @Test func completeCorruptLineIsNeverCut() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        var lines = JournalLines(try fixture.bytes(records: 5))
        lines.lines[4] = lines.lines[4].replacingOccurrences(of: "step-4", with: "step-X")
        let damaged = lines.bytes + Array("{\"v\":1,".utf8)
        try fixture.replace(with: damaged)

        #expect(
            throws: JournalError.corrupt(
                path: fixture.path, line: 5, reason: VerificationProblem.hashMismatch.description)
        ) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "r", clock: SystemJournalClock())
        }
        #expect(try fixture.contents() == damaged)
        #expect(try tornCopies(in: fixture.directory).isEmpty)
    }

    @Test func corruptLastCompleteLineIsNotMistakenForATornTail() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        var bytes = try fixture.bytes(records: 3)
        bytes[bytes.count - 10] = UInt8(ascii: "g")  // inside the last h, newline kept
        try fixture.replace(with: bytes)
        #expect(
            throws: JournalError.corrupt(
                path: fixture.path, line: 3, reason: VerificationProblem.tailMalformed.description)
        ) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "r", clock: SystemJournalClock())
        }
        #expect(try fixture.contents() == bytes)
    }

    @Test func newerFormatIsRefusedOnOpen() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        var lines = JournalLines(try fixture.bytes(records: 3))
        lines.edit(line: 2, replacing: "{\"v\":1,", with: "{\"v\":7,")
        try fixture.replace(with: lines.bytes)
        #expect(throws: JournalError.newerFormat(path: fixture.path, line: 3, version: 7)) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "r", clock: SystemJournalClock())
        }
        #expect(throws: JournalError.newerFormat(path: fixture.path, line: 3, version: 7)) {
            let reader = try JournalReader(path: fixture.path)
            try reader.forEach { _ in }
        }
    }

    @Test func journalWithoutAnyCompleteRecordCannotBeContinued() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        try fixture.replace(with: Array("{\"v\":1,\"jid\"".utf8))
        #expect(throws: JournalError.noCompleteRecord(path: fixture.path)) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "r", clock: SystemJournalClock())
        }
    }

    @Test func continuingAnIntactJournalKeepsTheChainAndSequence() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let first = try fixture.write(records: 3)
        let lastHash = first.lastHash
        first.close()
        let clock = JournalFixture.laterClock()
        let opened = try JournalWriter.openExisting(path: fixture.path, actor: "r", clock: clock)
        defer { opened.writer.close() }
        #expect(opened.recovery == nil)
        #expect(opened.records.count == 3)
        #expect(opened.writer.recordCount == 3 && opened.writer.lastHash == lastHash)
        #expect(opened.writer.jid == JournalFixture.fixedJID)
        let appended = try opened.writer.append(JournalFixture.draft(3))
        #expect(appended.seq == 3 && appended.string("prev") == lastHash)
        #expect(try JournalVerifier.verify(path: fixture.path).linesVerified == 4)
    }

    @Test func missingJournalIsReportedAsNotFound() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        #expect(throws: JournalError.notFound(path: fixture.path)) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "r", clock: SystemJournalClock())
        }
        #expect(throws: JournalError.notFound(path: fixture.path)) {
            try JournalVerifier.verify(path: fixture.path)
        }
    }

    @Test func readerStopsAtATornFinalLineAndSaysSo() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        try fixture.replace(with: try fixture.bytes(records: 3) + Array("{\"v\":1".utf8))
        let reader = try JournalReader(path: fixture.path)
        var count = 0
        try reader.forEach { _ in count += 1 }
        #expect(count == 3)
        #expect(reader.tornFinalLineBytes == 6)
    }
}
