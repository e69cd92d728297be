import ActionJournal
import Foundation
import Localization
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// The journal browser and the timeline over two real journals: one finished and intact,
/// one open drill with a changed byte.
@MainActor
@Suite struct JournalBrowserTests {
    /// The harness with both journals written, on the triage screen.
    private func harness(
        language: Language, sealKeyFile: ((TemporaryDirectory) throws -> String)? = nil
    ) throws -> AppHarness {
        let temporary = TemporaryDirectory("shodo-app")
        let harness = AppHarness(
            route: .triage, language: language, directory: temporary,
            sealKeyFile: try sealKeyFile?(temporary))
        let directory = harness.directory.file("journals")
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        try writeFinishedJournal(at: directory + "/20251121T193522Z-main-a.jsonl")
        try writeTamperedDrill(at: directory + "/20251121T203522Z-other-b.jsonl")
        harness.controller.begin()
        if case .resumeOffer = harness.controller.state.screen { press(.character("n"), harness) }
        return harness
    }

    private func draft(
        _ kind: String, _ actor: String, _ message: String, _ payload: [(String, JSONValue)] = []
    )
        throws -> RecordDraft
    {
        try RecordDraft(
            kind: kind, actor: actor, message: message,
            payload: payload.map { JSONMember(name: $0.0, value: $0.1) })
    }

    /// Nurse A starts `main`, Clerk B phones, Nurse A skips a step and notes, the run is resolved.
    private func writeFinishedJournal(at path: String) throws {
        let clock = ManualJournalClock(
            wallMicroseconds: 1_763_753_722_000_000, tickMicroseconds: 60_000_000)
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "Nurse A", message: "journal opened",
            openPayload: [
                JSONMember(name: "drill", value: .bool(false)),
                JSONMember(name: "tz", value: .string("+00:00")),
            ],
            clock: clock)
        defer { writer.close() }
        try writer.append(
            draft("run.started", "Nurse A", "started main", [("runbook", .string("main"))]))
        try writer.append(
            draft("step.done", "Nurse A", "unplugged the cable", [("step", .string("unplug"))]))
        try writer.append(draft("contact.attempted", "Clerk B", "called the IT on-call: reached"))
        try writer.append(draft("step.skipped", "Nurse A", "skipped the photo: no camera"))
        try writer.append(draft("note.added", "Clerk B", "the screen shows a ransom note"))
        try writer.append(
            draft("run.ended", "Nurse A", "run ended: resolved", [("outcome", .string("resolved"))])
        )
        try writer.append(draft("journal.close", "Nurse A", "journal closed"))
    }

    /// An open drill of `other` whose line 3 had one letter changed after it was written.
    private func writeTamperedDrill(at path: String) throws {
        let clock = ManualJournalClock(
            wallMicroseconds: 1_763_757_322_000_000, tickMicroseconds: 60_000_000)
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "Clerk B", message: "journal opened",
            openPayload: [
                JSONMember(name: "drill", value: .bool(true)),
                JSONMember(name: "tz", value: .string("+00:00")),
            ],
            clock: clock)
        try writer.append(
            draft("run.started", "Clerk B", "started other", [("runbook", .string("other"))]))
        try writer.append(draft("step.done", "Clerk B", "isolated PC-12"))
        try writer.append(draft("note.added", "Clerk B", "waiting for the vendor"))
        writer.close()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = try #require(text.range(of: "isolated PC-12"))
        try text.replacingCharacters(in: changed, with: "isolated PC-13").write(
            toFile: path, atomically: false, encoding: .utf8)
    }

    private func press(_ key: Key, _ harness: AppHarness) {
        harness.controller.handle(Keymap.intent(for: key, in: harness.controller.state))
    }

    private func lines(_ harness: AppHarness) -> [String] {
        AppRenderer.render(harness.controller.state, size: Size(width: 80, height: 24)).grid.lines()
    }

    @Test(arguments: ["ja", "en"])
    func theResumeOfferOfADrillSaysItIsAnExerciseFirst(_ language: Language) throws {
        let harness = AppHarness(route: .triage, language: language)
        let directory = harness.directory.file("journals")
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        try writeTamperedDrill(at: directory + "/20251121T203522Z-other-b.jsonl")
        harness.controller.begin()
        guard case .resumeOffer = harness.controller.state.screen else {
            Issue.record("no resume offer for the unfinished drill")
            return
        }
        let expected =
            language == "ja"
            ? "【訓練】訓練記録 — 実際のインシデントではありません" : "[EXERCISE] A drill's journal — not a real incident"
        let shown = lines(harness).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(shown.dropFirst(2).first == expected, "\(shown)")
    }

    @Test func browserListsJournalsNewestFirstWithOutcomeDrillAndVerdict() throws {
        let harness = try harness(language: "ja")
        press(.character("l"), harness)
        let expected =
            [
                " 対応記録の一覧（2）                                            対応者: Nurse A",
                "      開始             手順書     対応者     結果      訓練  検証",
                " > 1. 2025-11-21 20:35 other      Clerk B    未完了    訓練  NG 3行目から",
                "   2. 2025-11-21 19:35 main       Nurse A    完了            連鎖OK 末尾未確認",
            ] + Array(repeating: "", count: 18) + [
                "[Enter] 開く  [j/k] 移動  [r] 訓練の結果  [f] すべて/実際/訓練  [Esc/b] 戻る",
                "[?] ヘルプ  [q] 終了",
            ]
        #expect(lines(harness) == expected)
    }

    @Test func timelineOfAnIntactJournalShowsTheVerdictThenEveryRecord() throws {
        let harness = try harness(language: "en")
        press(.character("l"), harness)
        press(.down, harness)
        press(.enter, harness)
        let shown = lines(harness)
        #expect(shown[0].hasPrefix(" Journal: main (2025-11-21 19:35)"))
        #expect(
            shown[1]
                == " chain intact (lines 1-8); end not checked — no verification code given; never")
        #expect(shown[2] == " sealed — a rewrite cannot be told apart.")
        #expect(shown[3] == " Kind: all · Operator: everyone · 8/8 records")
        #expect(shown[4] == "  seq time     actor      kind              message")
        #expect(shown[5] == "    0 19:35:22 Nurse A    journal.open      journal opened")
        #expect(
            shown[8] == "    3 19:38:22 Clerk B    contact.attempted called the IT on-call: reached"
        )
        #expect(shown[12] == "    7 19:42:22 Nurse A    journal.close     journal closed")
        #expect(
            shown[23]
                == "[j/k] scroll  [v] code  [f] kind  [o] operator  [Esc/b] back  [?] help  [q] quit"
        )
    }

    @Test func timelineOfATamperedJournalSaysNotIntactAtTheTopAndStillShowsTheRecords() throws {
        let harness = try harness(language: "ja")
        press(.character("l"), harness)
        press(.enter, harness)
        let expected =
            [
                " 記録: other（2025-11-21 20:35）                                対応者: Clerk B",
                " !! 検証 NG：3行目から先は未証明です（\"h\" does not match the record's content",
                " (a byte was changed)）。1〜2行目は確認済み。末尾は未確認（検証コードの指定な",
                " し）。封印なし（書き換えを見分けられません）。",
                " 種類: すべて ・ 対応者: 全員 ・ 4/4件",
                " 番号 時刻     対応者     種類              内容",
                "    0 20:35:22 Clerk B    journal.open      journal opened",
                "    1 20:36:22 Clerk B    run.started       started other",
                "   !2 20:37:22 Clerk B    step.done         isolated PC-13",
                "   !3 20:38:22 Clerk B    note.added        waiting for the vendor",
            ] + Array(repeating: "", count: 12) + [
                "[j/k] スクロール  [v] コード  [f] 種類  [o] 対応者  [Esc/b] 戻る  [?] ヘルプ", "[q] 終了",
            ]
        #expect(lines(harness) == expected)
        #expect(
            harness.controller.state.timelineView?.timeline.summary.verdict.claims?
                .firstUnprovenLine == 3)
    }

    @Test func kindFilterCyclesThroughStepsCallsNotesAndProblems() throws {
        let harness = try harness(language: "en")
        press(.character("l"), harness)
        press(.down, harness)
        press(.enter, harness)
        var kinds: [[String]] = []
        for _ in 0..<5 {
            press(.character("f"), harness)
            kinds.append(harness.controller.state.timelineView?.visibleRecords.map(\.kind) ?? [])
        }
        #expect(
            kinds == [
                ["step.done", "step.skipped"], ["contact.attempted"], ["note.added"],
                ["step.skipped"],
                [
                    "journal.open", "run.started", "step.done", "contact.attempted", "step.skipped",
                    "note.added", "run.ended",
                    "journal.close",
                ],
            ])
        press(.character("f"), harness)
        #expect(lines(harness)[3] == " Kind: step actions · Operator: everyone · 2/8 records")
    }

    @Test func operatorFilterCyclesEveryActorThenEveryone() throws {
        let harness = try harness(language: "en")
        press(.character("l"), harness)
        press(.down, harness)
        press(.enter, harness)
        var counts: [String: Int] = [:]
        for _ in 0..<2 {
            press(.character("o"), harness)
            let view = try #require(harness.controller.state.timelineView)
            counts[view.operatorFilter ?? "everyone"] = view.visibleRecords.count
            #expect(view.visibleRecords.allSatisfy { $0.actor == view.operatorFilter })
        }
        #expect(counts == ["Nurse A": 6, "Clerk B": 2])
        press(.character("o"), harness)
        #expect(harness.controller.state.timelineView?.operatorFilter == nil)
        press(.character("f"), harness)
        press(.character("o"), harness)
        press(.character("o"), harness)
        #expect(lines(harness)[3] == " Kind: step actions · Operator: Clerk B · 0/8 records")
        #expect(lines(harness)[5] == " No record matches these filters.")
    }

    @Test func escapeGoesBackAndBrowsingLeavesTheJournalsUntouched() throws {
        let harness = try harness(language: "en")
        let directory = harness.directory.file("journals")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        let before = try names.map {
            try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0))
        }
        press(.character("l"), harness)
        press(.enter, harness)
        press(.pageDown, harness)
        press(.character("f"), harness)
        press(.escape, harness)
        #expect(harness.controller.state.screen == .journalBrowser)
        press(.character("b"), harness)
        #expect(harness.controller.state.screen == .triage)
        let after = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(after == names)
        #expect(
            try after.map { try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)) }
                == before)
    }

    @Test func scrollingStopsWithTheLastPageInView() throws {
        let harness = try harness(language: "en")
        press(.character("l"), harness)
        press(.down, harness)
        press(.enter, harness)
        press(.pageDown, harness)
        // Eight records fit on one page at 80x24, so there is nothing to scroll.
        #expect(harness.controller.state.timelineView?.firstRow == 0)
        harness.controller.screenSize = Size(width: 80, height: 10)
        press(.pageDown, harness)
        let firstRow = try #require(harness.controller.state.timelineView?.firstRow)
        #expect(firstRow > 0)
        #expect(
            firstRow
                + JournalTimelineScreen.recordRows(
                    harness.controller.state, size: Size(width: 80, height: 10)) == 8)
        press(.character("k"), harness)
        #expect(harness.controller.state.timelineView?.firstRow == firstRow - 1)
    }

    private func type(_ text: String, _ harness: AppHarness) {
        for character in text { press(.character(character), harness) }
        press(.enter, harness)
    }

    /// The browser, the finished journal's timeline, then `v`.
    private func openTheFinishedJournalsCodePrompt(_ harness: AppHarness) {
        press(.character("l"), harness)
        press(.down, harness)
        press(.enter, harness)
        press(.character("v"), harness)
    }

    /// The intact journal's code, as the operator wrote it on paper.
    private func codeOfTheFinishedJournal(_ harness: AppHarness) throws -> VerificationCode {
        let path = harness.directory.file("journals/20251121T193522Z-main-a.jsonl")
        return try #require(try JournalVerifier.verify(path: path).verificationCode)
    }

    @Test func typingTheCodeFromPaperChecksTheEndAndTurnsTheVerdictGreen() throws {
        let harness = try harness(language: "en")
        openTheFinishedJournalsCodePrompt(harness)
        #expect(harness.controller.state.prompt?.purpose == .expectedCode)
        let code = try codeOfTheFinishedJournal(harness)
        type(code.description.lowercased().replacingOccurrences(of: "-", with: ""), harness)
        #expect(harness.controller.state.prompt == nil)
        let shown = lines(harness)
        #expect(
            shown[1]
                == " chain intact (lines 1-8); end checked — the verification code matches the last"
        )
        #expect(shown[2] == " line (8); never sealed — a rewrite cannot be told apart.")
        #expect(harness.controller.state.timelineView?.timeline.summary.verdict.level == .proven)
        press(.escape, harness)
        #expect(lines(harness)[3].hasSuffix("Nurse A    resolved        OK, end checked"))
    }

    @Test func aMistypedCodeReadsAsNoLineHasThisCodeNotAsALineNumber() throws {
        let harness = try harness(language: "ja")
        openTheFinishedJournalsCodePrompt(harness)
        type("7K2M", harness)
        #expect(
            harness.controller.state.prompt?.problem == "検証コードではありません（0-9 と A-Z の 20 文字。- と小文字は可）。")
        press(.escape, harness)
        press(.character("v"), harness)
        var mistyped = Array(try codeOfTheFinishedJournal(harness).description)
        mistyped[0] = mistyped[0] == "Z" ? "Y" : "Z"
        type(String(mistyped), harness)
        let headline = lines(harness)[1...3].joined()
        #expect(headline.contains("連鎖は改ざんなし（1〜8行目）"))
        #expect(headline.contains("一致する行はありません"))
        #expect(!headline.contains("9行目"))
        press(.escape, harness)
        #expect(lines(harness)[3].hasSuffix("完了            NG コード不一致"))
    }

    @Test func theKeyFromTheCommandLineChecksSealsAndNamesAJournalWithoutMACs() throws {
        let harness = try harness(language: "en") { directory in
            let path = directory.file("k0.txt")
            try (String(repeating: "5a", count: 32) + "\n").write(
                toFile: path, atomically: false, encoding: .utf8)
            return path
        }
        press(.character("l"), harness)
        #expect(lines(harness)[3].hasSuffix("Nurse A    resolved        NOT INTACT: line 1"))
        press(.down, harness)
        press(.enter, harness)
        let headline = lines(harness)[1...6].joined()
        #expect(
            headline.contains("no MACs although a key was given"), "the seal claim is not cut off")
    }
}

/// The browser's verdict over the five tamper cases, sealed and not, with and without
/// the code typed from paper and the key from the command line.
@Suite struct JournalBrowserClaimTests {
    static let cases: [(TamperedJournal.Tamper, Bool)] = TamperedJournal.Tamper.allCases.flatMap {
        [($0, false), ($0, true)]
    }

    @Test(arguments: cases)
    func theTimelinesHeadlineSaysOnlyWhatWasChecked(tamper: TamperedJournal.Tamper, sealed: Bool)
        throws
    {
        let directory = TemporaryDirectory("browser-claims")
        defer { directory.remove() }
        let journal = try TamperedJournal(tamper, sealed: sealed, in: directory)
        let keyFile = try journal.keyFile(in: directory)
        let text = UIText(language: "en")
        for (expect, key) in [(false, false), (true, false), (false, true), (true, true)] {
            let catalog = DirectoryJournalCatalog(
                directory: directory.path, sealKeyFile: key ? keyFile : nil)
            let verdict = catalog.timeline(
                path: journal.path, expectedCode: expect ? journal.code : nil
            ).summary.verdict
            let headline = text.verdictSentences(verdict).joined(separator: " ")
            let claim = TamperedJournal.Claim(tamper, sealed: sealed, expect: expect, key: key)
            let label = "\(tamper), \(sealed ? "sealed" : "unsealed"), expect \(expect), key \(key)"
            for words in claim.mustSay {
                #expect(headline.contains(words), "\(label): says \"\(words)\"")
            }
            for words in claim.mustNotSay {
                #expect(!headline.contains(words), "\(label): never says \"\(words)\"")
            }
            #expect(
                text.verdictWord(verdict) != "OK, end checked",
                "\(label): the end was never proven here")
            #expect(verdict.level != .proven, "\(label)")
        }
    }
}
