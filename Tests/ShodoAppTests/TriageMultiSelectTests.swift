import ActionJournal
import Foundation
import Localization
import RunEngine
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// Several symptoms at once, through the app's own keys and intents: the most
/// urgent runbook starts, the others are journaled and offered at the end.
@MainActor
@Suite struct TriageMultiSelectTests {
    private func onTriage(_ language: Language = "en") -> AppHarness {
        let harness = AppHarness(route: .triage, language: language)
        harness.controller.begin()
        return harness
    }

    private func press(_ keys: [Key], _ harness: AppHarness) {
        for key in keys {
            harness.controller.handle(Keymap.intent(for: key, in: harness.controller.state))
        }
    }

    private func screen(_ harness: AppHarness, _ size: Size = Size(width: 80, height: 24)) -> String
    {
        AppRenderer.render(harness.controller.state, size: size).grid.lines().joined(
            separator: "\n")
    }

    /// The `msg` of every `note.added` in the journal.
    private func notes(_ harness: AppHarness) throws -> [String] {
        let reader = try JournalReader(path: try #require(harness.journalPath))
        var notes: [String] = []
        while let record = try reader.next() {
            if record.kind == "note.added" { notes.append(record.message) }
        }
        return notes
    }

    @Test func twoMarkedSymptomsStartTheMostUrgentRunbookWhateverTheOrderOfMarking() throws {
        let harness = onTriage()
        #expect(harness.controller.state.screen == .triage)
        // The less urgent one is marked first.
        press([.down, .character(" "), .up, .character(" ")], harness)
        #expect(harness.controller.state.triageMarks == [0, 1])
        #expect(screen(harness).contains("1. [x] A ransom note is on the screen"))
        #expect(screen(harness).contains("2. [x] The mouse moves by itself"))
        press([.enter], harness)
        #expect(harness.controller.state.screen == .step)
        #expect(harness.controller.state.run?.presentation?.runbookID == "main")
        #expect(harness.journalKinds == ["journal.open", "run.started", "note.added"])
        let note = try #require(try notes(harness).first)
        #expect(note.contains("Also true: The mouse moves by itself"))
        #expect(harness.controller.state.pendingTriage.map(\.runbookID) == ["sub"])
    }

    @Test func theEndScreenOffersTheOtherSymptomsRunbookAndEnterStartsIt() throws {
        let harness = onTriage("ja")
        press([.character(" "), .down, .character(" "), .enter], harness)
        let first = try #require(harness.journalPath)
        harness.controller.handle(.perform(.abort(reason: "訓練")))
        #expect(harness.controller.state.screen == .end)
        let end = screen(harness)
        #expect(end.contains("ほかにも当てはまったこと（Enter で次の手順書を始めます）:"))
        #expect(end.contains("- マウスが勝手に動く"))
        #expect(end.contains("[Enter] 次の手順書へ"))
        let small = screen(harness, Size(width: 60, height: 18))
        #expect(small.contains("- マウスが勝手に動く") && small.contains("[Enter] 次の手順書へ"))
        press([.enter], harness)
        #expect(harness.controller.state.screen == .step)
        #expect(harness.controller.state.run?.presentation?.runbookID == "sub")
        #expect(harness.controller.state.run?.journalPath != first)
        #expect(harness.controller.state.pendingTriage.isEmpty)
        harness.controller.handle(.perform(.abort(reason: "訓練")))
        #expect(!screen(harness).contains("[Enter]"))
        #expect(Keymap.intent(for: .enter, in: harness.controller.state) == .ignore)
    }

    @Test func spaceUnmarksAndNeverMarksBrowseAll() {
        let harness = onTriage()
        press([.character(" "), .character(" ")], harness)
        #expect(harness.controller.state.triageMarks.isEmpty)
        press([.down, .down, .character(" ")], harness)
        #expect(harness.controller.state.triageSelection == 2)
        #expect(harness.controller.state.triageMarks.isEmpty)
    }

    @Test func withNothingMarkedEnterStartsTheHighlightedOneAndJournalsNoNote() throws {
        let harness = onTriage()
        press([.down, .enter], harness)
        #expect(harness.controller.state.run?.presentation?.runbookID == "sub")
        #expect(harness.journalKinds == ["journal.open", "run.started"])
        #expect(harness.controller.state.pendingTriage.isEmpty)
    }
}
