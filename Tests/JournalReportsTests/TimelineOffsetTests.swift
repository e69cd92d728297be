import Foundation
import ShodoTestSupport
import Testing

/// The text timeline (`journal show`, `journal merge`) writes each time in the offset the
/// journal recorded; an offset it cannot read is never passed off as `+00:00`.
@Suite struct TimelineOffsetTests {
    @Test func timesAreInTheRecordedOffset() throws {
        let directory = TemporaryDirectory("shodo-offset")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("east.jsonl"), timeZone: "-05:00")
        journal.writer.close()
        let text = try ExportHelpers.text([journal.path], .text)
        // 2026-11-21T19:35:22Z is 14:35:22 at -05:00.
        #expect(text.contains("    0  2026-11-21 14:35:22-05:00  山田  journal.open"), "\(text)")
        #expect(!text.contains("tz unreadable"))
    }

    @Test(arguments: ["Asia/Tokyo", "+9", "garbage\u{1B}[2J"])
    func anUnreadableOffsetIsShownInUTCAndSaysSo(_ zone: String) throws {
        let directory = TemporaryDirectory("shodo-offset")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("bad.jsonl"), timeZone: zone)
        journal.writer.close()
        let text = try ExportHelpers.text([journal.path], .text)
        #expect(text.contains("    0  2026-11-21 19:35:22 UTC  山田  journal.open"), "\(text)")
        #expect(text.contains("tz unreadable, times shown in UTC"), "\(text)")
        #expect(!text.contains("+00:00"), "\(text)")
        #expect(!text.contains("\u{1B}"), "\(text)")
    }
}
