import ActionJournal
import Foundation
import Testing

/// Only one writer per journal, even within one process.
struct LockingTests {
    @Test func secondWriterInTheSameProcessIsRefused() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let first = try fixture.write(records: 2)
        #expect(throws: JournalError.lockedByAnotherProcess(path: fixture.path)) {
            try JournalWriter.openExisting(
                path: fixture.path, actor: "second", clock: SystemJournalClock())
        }
        #expect(throws: JournalError.alreadyExists(path: fixture.path)) {
            try fixture.write(records: 1)
        }
        let report = try JournalVerifier.verify(path: fixture.path)  // verify takes no lock
        #expect(report.isIntact)
        first.close()
        let second = try JournalWriter.openExisting(
            path: fixture.path, actor: "second", clock: JournalFixture.laterClock())
        second.writer.close()
    }

    @Test func lockedMessageNamesTheFile() {
        #expect(
            JournalError.lockedByAnotherProcess(path: "/x/j.jsonl").description
                == "/x/j.jsonl: another Shodo process is writing this journal (it is locked); close it first"
        )
    }

    @Test func journalFileIsPrivate() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        try fixture.write(records: 1).close()
        let permissions =
            try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions]
            as? NSNumber
        #expect(permissions?.intValue == 0o600)
    }
}
