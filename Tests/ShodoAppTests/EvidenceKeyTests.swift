import ActionJournal
import Foundation
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// `e`: register evidence, asked for a description and then, optionally, a file.
@MainActor
@Suite struct EvidenceKeyTests {
    @Test func eAsksWhatTheEvidenceIsThenAFileAndJournalsIt() throws {
        let harness = AppHarness(route: .runbook("main"), language: "ja")
        defer { harness.directory.remove() }
        let photo = harness.directory.write("screen.jpg", "not really a photo")
        let terminal = TestTerminal(keys: [.character("e")])
        terminal.enqueueTyping("印刷した 40 ページ")
        terminal.enqueue([.key(.enter), .key(.enter), .key(.character("e"))])
        terminal.enqueueTyping("受付の画面")
        terminal.enqueue([.key(.enter)])
        terminal.enqueueTyping(harness.directory.file("missing.jpg"))
        terminal.enqueue([.key(.enter)])
        terminal.enqueue([.key(.escape), .key(.character("e"))])
        terminal.enqueueTyping("受付の画面")
        terminal.enqueue([.key(.enter)])
        terminal.enqueueTyping(photo)
        terminal.enqueue([.key(.enter)])
        _ = harness.drive(terminal)
        #expect(terminal.presentedGrids.contains { $0.lines().contains { $0.contains("証拠の説明") } })
        #expect(
            terminal.presentedGrids.contains { grid in
                grid.lines().contains { $0.contains("missing.jpg") && $0.contains("読めません") }
            }, "a file that cannot be read is named, with the reason, and nothing is journaled")
        let path = try #require(harness.journalPath)
        let reader = try JournalReader(path: path)
        var saved: [JournalRecord] = []
        while let record = try reader.next() {
            if record.kind == "evidence.saved" { saved.append(record) }
        }
        #expect(saved.map { $0.string("item") } == ["E1", "E2"])
        #expect(saved.first?.string("description") == "印刷した 40 ページ")
        #expect(saved.first?.string("path") == nil)
        #expect(saved.last?.string("path") == photo)
        #expect(saved.last?.integer("bytes") == 18)
        #expect(terminal.screenText.contains("記録しました: 証拠 E2 を登録"))
    }
}
