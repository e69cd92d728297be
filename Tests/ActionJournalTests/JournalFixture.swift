import ActionJournal
import Foundation
import ShodoTestSupport

/// A journal written by the real writer into a fresh temporary directory, for tests.
struct JournalFixture {
    static let fixedJID = UUID(uuidString: "7aaa04f2-3c1d-4e5f-8a9b-0c1d2e3f4a5b") ?? UUID()

    /// The test's own directory, removed by `remove()`.
    let directory: String
    /// The journal's path inside it.
    let path: String

    /// A fresh directory with no journal yet.
    init() throws {
        directory =
            FileManager.default.temporaryDirectory.path + "/shodo-journal-test-"
            + UUID().uuidString.lowercased()
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        path = directory + "/journal.jsonl"
    }

    /// Creates the journal with a manual clock and appends `count` step records.
    @discardableResult
    func write(records count: Int, clock: ManualJournalClock = ManualJournalClock()) throws
        -> JournalWriter
    {
        let writer = try JournalWriter.create(
            path: path, jid: Self.fixedJID, actor: "yamada", message: "journal opened",
            openPayload: [
                JSONMember(name: "program", value: "shodo test"),
                JSONMember(name: "drill", value: true),
            ],
            clock: clock)
        for index in 1..<max(count, 1) { try writer.append(Self.draft(index)) }
        return writer
    }

    /// A journal of `count` lines, closed, returned as its bytes.
    func bytes(records count: Int, clock: ManualJournalClock = ManualJournalClock()) throws
        -> [UInt8]
    {
        try write(records: count, clock: clock).close()
        return try contents()
    }

    /// The file's bytes now.
    func contents() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Replaces the file's bytes.
    func replace(with bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The `index`th step record, with a note holding escapes and Japanese text.
    static func draft(_ index: Int) throws -> RecordDraft {
        try RecordDraft(
            kind: "step.done", actor: "山田 花子", message: "手順 \(index) 完了 \"ok\"",
            payload: [
                JSONMember(name: "step", value: .string("step-\(index)")),
                JSONMember(name: "attempt", value: .integer(Int64(index))),
            ])
    }

    /// A clock of the same boot, some hours after the fixture's records (for reopening).
    static func laterClock(tickMicroseconds: Int64 = 1000) -> ManualJournalClock {
        ManualJournalClock(
            wallMicroseconds: 1_763_800_000_000_000, monotonicNanoseconds: 900_000_000_000,
            tickMicroseconds: tickMicroseconds)
    }

    /// Deletes the directory.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
