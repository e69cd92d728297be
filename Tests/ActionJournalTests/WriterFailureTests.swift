import ActionJournal
import Foundation
import ShodoTestSupport
import Testing

/// After a failed write or sync the writer accepts nothing more and never claims success.
struct WriterFailureTests {
    /// A writer whose output the test controls, with the journal already opened.
    private func makeWriter(_ fixture: JournalFixture) throws -> (JournalWriter, FailingOutput) {
        let holder = OutputHolder()
        let writer = try JournalWriter.create(
            path: fixture.path, jid: JournalFixture.fixedJID, actor: "a", message: "open",
            openPayload: [],
            clock: ManualJournalClock(),
            outputs: JournalOutputFactory { descriptor in holder.make(descriptor) })
        return (writer, try #require(holder.output))
    }

    @Test func failingWriteFailsThisAndEveryLaterAppend() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let (writer, output) = try makeWriter(fixture)
        defer { writer.close() }
        try writer.append(JournalFixture.draft(1))
        output.failWritesWith = EIO
        #expect(throws: JournalError.writeFailed(path: fixture.path, errno: EIO)) {
            try writer.append(JournalFixture.draft(2))
        }
        output.failWritesWith = nil  // even a healthy disk now must not be used again
        let calls = output.writeCalls
        #expect(
            throws: JournalError.writerFailed(
                path: fixture.path, firstFailure: .writeFailed(path: fixture.path, errno: EIO))
        ) {
            try writer.append(JournalFixture.draft(3))
        }
        #expect(output.writeCalls == calls)
        #expect(writer.hasFailed && writer.recordCount == 2)
        #expect(try JournalVerifier.verify(path: fixture.path).linesVerified == 2)
    }

    @Test func failingSyncFailsThisAndEveryLaterAppend() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let (writer, output) = try makeWriter(fixture)
        defer { writer.close() }
        output.failSyncsWith = EIO
        #expect(throws: JournalError.syncFailed(path: fixture.path, errno: EIO)) {
            try writer.append(JournalFixture.draft(1))
        }
        output.failSyncsWith = nil
        #expect(
            throws: JournalError.writerFailed(
                path: fixture.path, firstFailure: .syncFailed(path: fixture.path, errno: EIO))
        ) {
            try writer.append(JournalFixture.draft(2))
        }
        #expect(output.syncCalls == 2)  // the open record's and the failed one's, no retry
        #expect(writer.recordCount == 1)
        #expect(writer.lastRecord?.seq == 0)
    }

    @Test func shortWriteFailsTheWriter() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let (writer, output) = try makeWriter(fixture)
        defer { writer.close() }
        output.shortenWritesBy = 10
        #expect(throws: JournalError.self) { try writer.append(JournalFixture.draft(1)) }
        #expect(writer.hasFailed)
        output.shortenWritesBy = 0
        #expect(throws: JournalError.self) { try writer.append(JournalFixture.draft(2)) }
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.linesVerified == 1 && report.tornFinalLineBytes != nil)
    }

    @Test func failingFirstWriteMakesCreateThrow() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        #expect(throws: JournalError.writeFailed(path: fixture.path, errno: ENOSPC)) {
            try JournalWriter.create(
                path: fixture.path, jid: UUID(), actor: "a", message: "open", openPayload: [],
                clock: ManualJournalClock(),
                outputs: JournalOutputFactory { descriptor in
                    let output = FailingOutput(descriptor: descriptor)
                    output.failWritesWith = ENOSPC
                    return output
                })
        }
    }

    @Test func aRecordTheReaderWouldRefuseIsNeverWrittenAndTheWriterGoesOn() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let (writer, output) = try makeWriter(fixture)
        defer { writer.close() }
        let limit = 16 << 20
        let calls = output.writeCalls
        let huge = try RecordDraft(
            kind: "note.added", actor: "a", message: String(repeating: "x", count: limit))
        let error = #expect(throws: JournalError.self) { try writer.append(huge) }
        guard case .recordTooLong(fixture.path, let bytes, limit) = error else {
            Issue.record("expected recordTooLong, got \(String(describing: error))")
            return
        }
        #expect(
            bytes > limit + 200,
            "the whole line is counted: the message plus the header and the hash")
        #expect(output.writeCalls == calls && !writer.hasFailed)
        let nearLimit = try RecordDraft(
            kind: "note.added", actor: "a", message: String(repeating: "x", count: limit - 400))
        try writer.append(nearLimit)
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(
            report.isIntact && report.linesVerified == 2,
            "what the writer accepts, the reader reads")
    }

    @Test func closedWriterRefusesAppends() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let writer = try fixture.write(records: 1)
        writer.close()
        #expect(throws: JournalError.writerClosed(path: fixture.path)) {
            try writer.append(JournalFixture.draft(1))
        }
    }

    @Test func errorMessagesNameTheFileAndLine() {
        let corrupt = JournalError.corrupt(
            path: "/j/a.jsonl", line: 12, reason: "\"h\" does not match")
        #expect(corrupt.description.hasPrefix("/j/a.jsonl, line 12: the journal is corrupt"))
        #expect(
            JournalError.syncFailed(path: "/j/a.jsonl", errno: EIO).description.contains(
                "Input/output error"))
        #expect(
            JournalError.lockedByAnotherProcess(path: "/j/a.jsonl").description.contains(
                "/j/a.jsonl"))
    }
}
