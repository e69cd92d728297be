import ActionJournal
import Foundation
import Testing

/// The journal directory: prepared before a run, file names, newest first.
struct DirectoryTests {
    @Test func prepareCreatesMissingDirectoriesPrivately() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let path = fixture.directory + "/state/shodo/journals"
        let directory = try JournalDirectory.prepare(path: path)
        #expect(directory.path == path)
        let permissions =
            try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o700)
        // the probe is gone
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    @Test func unusableDirectoryIsReportedBeforeARun() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let file = fixture.directory + "/plain-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: JournalError.self) {
            try JournalDirectory.prepare(path: file + "/journals")
        }
        do {
            _ = try JournalDirectory.prepare(path: file)
            Issue.record("a plain file was accepted as a directory")
        } catch {
            #expect(
                error
                    == .directoryNotWritable(path: file, reason: "it exists but is not a directory")
            )
        }
    }

    @Test func aDirectoryEveryoneMayWriteIsRefusedUnlessItIsSticky() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let shared = fixture.directory + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        #expect(chmod(shared, 0o777) == 0)
        #expect(throws: JournalError.directoryWorldWritable(path: shared, mode: S_IFDIR | 0o777)) {
            try JournalDirectory.prepare(path: shared)
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: shared).isEmpty,
            "nothing was written there")
        #expect(chmod(shared, 0o1777) == 0)
        #expect(
            try JournalDirectory.prepare(path: shared).path == shared,
            "like /tmp: others cannot remove our files")
    }

    @Test func fileNameFollowsTheSpec() throws {
        let name = try JournalDirectory.fileName(
            startedAtMicroseconds: 1_763_753_722_328_169, label: "ransomware-first-30min",
            jid: JournalFixture.fixedJID)
        #expect(name == "20251121T193522Z-ransomware-first-30min-7aaa04f2.jsonl")
        for label in ["", "../x", "a/b", ".hidden", "日本"] {
            #expect(throws: JournalError.invalidFileNameComponent(label)) {
                try JournalDirectory.fileName(
                    startedAtMicroseconds: 0, label: label, jid: JournalFixture.fixedJID)
            }
        }
    }

    @Test func journalsAreListedNewestFirst() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let directory = try JournalDirectory.prepare(path: fixture.directory + "/journals")
        let times: [Int64] = [1_763_753_722_000_000, 1_763_900_000_000_000, 1_700_000_000_000_000]
        for time in times {
            let path = try directory.journalPath(
                startedAtMicroseconds: time, label: "drill", jid: UUID())
            try JournalWriter.create(
                path: path, jid: UUID(), actor: "a", message: "open", openPayload: [],
                clock: SystemJournalClock()
            ).close()
        }
        try Data().write(to: URL(fileURLWithPath: directory.path + "/notes.txt"))
        let listed = try directory.journalPaths().map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(listed.count == 3)
        #expect(
            listed.map { String($0.prefix(16)) } == [
                "20251123T121320Z", "20251121T193522Z", "20231114T221320Z",
            ])
    }
}
