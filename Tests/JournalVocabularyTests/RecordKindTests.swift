import Foundation
import JournalVocabulary
import Localization
import Testing

/// The vocabulary is the on-disk format: a renamed case must not rename what is written.
@Suite struct RecordKindTests {
    /// Every kind as journals hold it, spelled out here on purpose: a change to a raw
    /// value fails this test, not only a change to the documents.
    static let writtenKinds = [
        "journal.open", "journal.recovered", "clock.stepped", "seal", "journal.close",
        "run.started", "step.done", "step.skipped", "step.unable", "check.confirmed",
        "check.failed", "choice.made",
        "value.entered", "contact.attempted", "wait.started", "wait.ended", "command.result",
        "milestone.reached",
        "evidence.saved", "note.added", "step.back", "run.paused", "run.resumed", "run.ended",
        "evidence.transferred", "review.signed", "review.annotated",
        "drill.started", "inject.delivered", "inject.acknowledged", "drill.paused", "drill.resumed",
        "observation.recorded", "decision.recorded", "hotwash.answered", "drill.ended",
        "drill.real-world",
        "improvement.recorded", "improvement.closed",
    ]

    @Test func everyKindIsSpelledAsJournalsHoldIt() {
        #expect(RecordKind.allCases.map(\.rawValue) == Self.writtenKinds)
    }

    /// docs/journal.md names the kinds of a run and of the journal; docs/drills.md and
    /// docs/after-action.md a drill's. Every kind is documented in one of them.
    @Test func everyKindIsDocumented() throws {
        let documents = try ["journal.md", "drills.md", "after-action.md", "review.md"].map(
            Self.document
        ).joined()
        for kind in RecordKind.allCases {
            #expect(documents.contains("`\(kind.rawValue)`"), "\(kind.rawValue) is in no document")
        }
    }

    @Test func theKindsAfterTheRunAreTheReviewersAndTheJournalsOwn() {
        #expect(
            RecordKind.afterTheRun.map(\.rawValue).sorted() == [
                "evidence.transferred", "improvement.closed", "journal.close", "review.annotated",
                "review.signed", "seal",
            ])
    }

    @Test func membersAreSpelledAsJournalsHoldThem() throws {
        let names = Set(RecordMember.allCases.map(\.rawValue))
        #expect(names.count == RecordMember.allCases.count, "two members share a name")
        for name in names {
            #expect(
                name.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber },
                "\(name) is not snake_case")
        }
        let documents = try ["journal.md", "drills.md", "after-action.md"].map(Self.document)
            .joined()
        for member in [
            RecordMember.runbook, .step, .evidenceSHA256, .contactName, .refSeq, .realJID,
            .clockSync, .at,
        ] {
            #expect(
                documents.contains("`\(member.rawValue)`"), "\(member.rawValue) is in no document")
        }
    }

    @Test func aBrokenChainIsWordedOneWayInBothLanguages() {
        #expect(VerdictWord.notIntact(fromLine: 7).english == "NOT INTACT: line 7")
        #expect(VerdictWord.notIntact(fromLine: 7).japanese == "NG 7行目から")
        #expect(VerdictWord.noLineHasCode.text(.english) == "NOT INTACT: no line has this code")
        #expect(VerdictWord.noLineHasCode.text(.japanese) == "NG コード不一致")
    }

    private static func document(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(
            contentsOf: root.appendingPathComponent("docs").appendingPathComponent(name),
            encoding: .utf8)
    }
}
