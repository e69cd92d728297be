import ActionJournal
import Foundation
import JournalReports
import Localization
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// After a drill, in the terminal UI: the browser's drill filter, a drill's results from
/// the browser (the same analysis as `shodo drill report`), and the start screen's last drill.
/// "Today" is the harness's manual clock: 2025-11-21 (UTC).
@MainActor
@Suite struct DrillResultsTests {
    /// 2025-09-17T10:00:00Z: 65 days before the harness's today.
    static let drillStart: Int64 = 1_758_103_200_000_000

    private static func member(_ name: String, _ value: JSONValue) -> JSONMember {
        JSONMember(name: name, value: value)
    }

    private static func expectation(
        _ milestone: String, _ result: String, target: Int64, at: Int64?, required: Bool = true
    ) -> JSONValue {
        var members = [
            member("milestone", .string(milestone)), member("result", .string(result)),
            member("target_seconds", .integer(target)),
            member("required", .bool(required)),
        ]
        if let at { members.append(member("drill_seconds", .integer(at))) }
        return .object(members)
    }

    /// A drill in the shapes the drill session writes: one expectation met, one missed, one
    /// not reached; a skip, a failed check, a contingency inject; two hot-wash answers with
    /// their questions; two improvement items, one closed and one open past its date.
    static func writeDrill(at path: String, start: Int64 = drillStart) throws {
        let clock = ManualJournalClock(wallMicroseconds: start, tickMicroseconds: 2_000_000)
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "Sato", message: "journal opened",
            openPayload: [
                member("tz", .string("+09:00")), member("drill", .bool(true)),
                member("scenario", .string("night-ransom-note")),
                member("scenario_version", .integer(2)),
                member("scenario_sha256", .string(String(repeating: "0f", count: 32))),
            ],
            clock: clock)
        defer { writer.close() }
        func append(
            _ kind: String, _ actor: String = "Yamada", _ payload: [(String, JSONValue)] = []
        ) throws {
            try writer.append(
                RecordDraft(
                    kind: kind, actor: actor, message: kind,
                    payload: payload.map { member($0.0, $0.1) }))
        }
        try append(
            "drill.started", "Sato",
            [("team", "Ward 3E night"), ("roles", .array(["nurse"])), ("type", "functional")])
        try append("run.started", "Yamada", [("runbook", "main"), ("runbook_version", 3)])
        try append(
            "step.skipped", "Yamada",
            [("runbook", "main"), ("step", "photo"), ("reason", "no camera")])
        try append(
            "check.failed", "Yamada",
            [("runbook", "main"), ("step", "wifi"), ("reason", "no switch")])
        try append(
            "inject.delivered", "Sato",
            [("inject", "no-call"), ("trigger", "contingency"), ("drill_seconds", 8)])
        try append("run.ended", "Yamada", [("runbook", "main"), ("outcome", "resolved")])
        try append(
            "hotwash.answered", "Sato",
            [("question", 0), ("text", "What went well?"), ("answer", "The cable was easy")])
        try append(
            "hotwash.answered", "Sato",
            [("question", 1), ("text", "What would you change?"), ("answer", "Post the contacts")])
        try append(
            "drill.ended", "Sato",
            [
                ("drill_seconds", 20),
                (
                    "expectations",
                    .array([
                        expectation("isolated", "met", target: 300, at: 4),
                        expectation("it-reached", "missed", target: 10, at: 12),
                        expectation(
                            "handover", "not-reached", target: 900, at: nil, required: false),
                    ])
                ),
            ])
        for (item, due) in [("I1", "2025-10-01"), ("I2", "2025-10-15")] {
            try append(
                "improvement.recorded", "Tanaka",
                [
                    ("item", .string(item)), ("finding", "contacts not found"),
                    ("action", "post them"), ("owner", "Tanaka"),
                    ("due", .string(due)), ("category", "contacts"),
                ])
        }
        try append("improvement.closed", "Tanaka", [("item", "I1"), ("note", "posted")])
    }

    /// A finished real incident's journal.
    static func writeReal(at path: String) throws {
        let clock = ManualJournalClock(
            wallMicroseconds: drillStart + 86_400_000_000, tickMicroseconds: 60_000_000)
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "Nurse A", message: "journal opened",
            openPayload: [member("drill", .bool(false))], clock: clock)
        defer { writer.close() }
        try writer.append(
            RecordDraft(
                kind: "run.started", actor: "Nurse A", message: "started main",
                payload: [member("runbook", .string("main"))]))
    }

    private func journals(_ harness: AppHarness) throws -> String {
        let directory = harness.directory.file("journals")
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A harness on the journal browser over one drill and one real journal.
    private func browser(language: Language) throws -> AppHarness {
        let harness = AppHarness(route: .journals, language: language)
        let directory = try journals(harness)
        try Self.writeDrill(at: directory + "/DRILL-20250917T100000Z-main-0a1b2c3d.jsonl")
        try Self.writeReal(at: directory + "/20250918T100000Z-main-4e5f6a7b.jsonl")
        harness.controller.begin()
        return harness
    }

    private func press(_ key: Key, _ harness: AppHarness) {
        harness.controller.handle(Keymap.intent(for: key, in: harness.controller.state))
    }

    private func lines(_ harness: AppHarness) -> [String] {
        AppRenderer.render(harness.controller.state, size: Size(width: 80, height: 24)).grid.lines()
    }

    // MARK: - The browser's drill filter

    @Test func filterCyclesAllRealAndDrillsAndSaysSoInTheHeaderAndKeyLine() throws {
        let harness = try browser(language: "en")
        #expect(harness.controller.state.screen == .journalBrowser)
        var shown = lines(harness)
        #expect(shown[0].hasPrefix(" Journals (2)"))
        #expect(
            shown[2].contains("main") && !shown[2].contains("drill") && shown[3].contains("drill"))
        #expect(
            shown[22]
                == "[Enter] open  [j/k] move  [r] drill results  [f] all/real/drills  [Esc/b] back")
        #expect(shown[23] == "[?] help  [q] quit")
        press(.character("f"), harness)
        shown = lines(harness)
        #expect(shown[0].hasPrefix(" Journals (real incidents only: 1 of 2)"))
        #expect(shown[2].hasPrefix(" > 1. 2025-09-18 10:00 main       Nurse A    open"))
        #expect(shown[3] == "")
        press(.character("f"), harness)
        shown = lines(harness)
        #expect(shown[0].hasPrefix(" Journals (drills only: 1 of 2)"))
        #expect(
            shown[2]
                == " > 1. 2025-09-17 19:00 main       Yamada     resolved  drill chain OK; no code")
        press(.character("f"), harness)
        #expect(harness.controller.state.journalDrillFilter == .all)
        #expect(lines(harness)[0].hasPrefix(" Journals (2)"))
    }

    @Test func filteredBrowserInJapanese() throws {
        let harness = try browser(language: "ja")
        press(.character("f"), harness)
        press(.character("f"), harness)
        let expected =
            [
                " 対応記録の一覧（訓練のみ 1/2）                                 対応者: Nurse A",
                "      開始             手順書     対応者     結果      訓練  検証",
                " > 1. 2025-09-17 19:00 main       Yamada     完了      訓練  連鎖OK 末尾未確認",
            ] + Array(repeating: "", count: 19) + [
                "[Enter] 開く  [j/k] 移動  [r] 訓練の結果  [f] すべて/実際/訓練  [Esc/b] 戻る",
                "[?] ヘルプ  [q] 終了",
            ]
        #expect(lines(harness) == expected)
    }

    @Test func enterOpensTheTimelineOfTheFilteredRow() throws {
        let harness = try browser(language: "en")
        press(.character("f"), harness)
        press(.character("f"), harness)
        press(.enter, harness)
        #expect(harness.controller.state.screen == .journalTimeline)
        #expect(harness.controller.state.timelineView?.timeline.summary.isDrill == true)
    }

    @Test func theHelpOfTheBrowserListsTheFilterAndTheResultsAndEachDoesWhatItSays() throws {
        let harness = try browser(language: "ja")
        press(.down, harness)
        let below = harness.controller.state
        #expect(below.visibleJournalSummaries[1].isDrill)
        let meanings: [String: HelpKeyCheck.Meaning] = [
            "開く": HelpKeyCheck.exactly(.openJournalTimeline(1)),
            "移動": HelpKeyCheck.movesSelection,
            "訓練の結果": HelpKeyCheck.opensDrillResults(row: 1),
            "すべて/実際/訓練": HelpKeyCheck.cyclesDrillFilter,
            "戻る": HelpKeyCheck.exactly(.backToTriage),
            "ヘルプ": HelpKeyCheck.exactly(.showOverlay(.help)),
            "終了": HelpKeyCheck.exactly(.quit),
        ]
        #expect(HelpKeyCheck.problems(below: below, meanings: meanings) == [])
    }

    @Test func theHelpOfADrillsResultsListsWhatEachKeyDoes() throws {
        let harness = try browser(language: "en")
        press(.down, harness)
        press(.character("r"), harness)
        let below = harness.controller.state
        #expect(below.screen == .drillSummary)
        let meanings: [String: HelpKeyCheck.Meaning] = [
            "scroll": HelpKeyCheck.scrolls,
            "back": HelpKeyCheck.exactly(.backToJournalBrowser),
            "help": HelpKeyCheck.exactly(.showOverlay(.help)),
            "quit": HelpKeyCheck.exactly(.quit),
        ]
        #expect(HelpKeyCheck.problems(below: below, meanings: meanings) == [])
    }

    // MARK: - A drill's results

    @Test func onARealJournalTheKeySaysItIsForDrillsOnly() throws {
        for language: Language in [.japanese, .english] {
            let harness = try browser(language: language)
            let intent = Keymap.intent(for: .character("r"), in: harness.controller.state)
            guard case .notice(let message) = intent else {
                Issue.record("r on a real journal gave \(intent)")
                continue
            }
            #expect(message.text == harness.controller.state.text.drillSummaryForDrillsOnly)
            harness.controller.handle(intent)
            #expect(harness.controller.state.screen == .journalBrowser)
            let expected = language == .japanese ? "訓練の記録だけ" : "for drill journals only"
            #expect(lines(harness).joined().contains(expected))
        }
    }

    @Test func drillResultsInEnglish() throws {
        let harness = try browser(language: "en")
        press(.down, harness)
        #expect(
            Keymap.intent(for: .character("r"), in: harness.controller.state)
                == .openDrillSummary(1))
        press(.character("r"), harness)
        #expect(harness.controller.state.screen == .drillSummary)
        let path = harness.directory.file("journals/DRILL-20250917T100000Z-main-0a1b2c3d.jsonl")
        let expected = [
            " Drill results: DRILL-20250917T100000Z-main-0a1b2c3d.jsonl    Operator: Nurse A",
            " [EXERCISE] A drill's journal — not a real incident",
            " chain intact (lines 1-13); end not checked — no verification code given; never",
            " sealed — a rewrite cannot be told apart.",
            " Scenario: night-ransom-note (v2)",
            " Type: functional",
            " Date: 2025-09-17 19:00:02+09:00",
            " Team: Ward 3E night",
            " Expectations: target vs actual (drill clock)",
            "   isolated: target 05 min 00 s / actual 00 min 04 s — met",
            "   it-reached: target 00 min 10 s / actual 00 min 12 s — missed",
            "   handover: target 15 min 00 s / actual not recorded — not reached",
            " Deviations: skipped 1, check failed 1, contingency inject fired 1",
            " Hot-wash answers: 2",
            "   1. What went well? — The cable was easy",
            "   2. What would you change? — Post the contacts",
            " Improvement items: 1 open, 1 closed, 1 overdue",
            " The full report (AAR/IP, printable HTML):",
        ]
        let shown = lines(harness)
        #expect(Array(shown.prefix(18)) == expected)
        let command = "shodo drill report \(path) -o DRILL-20250917T100000Z-main-0a1b2c3d-aar.html"
        #expect(harness.controller.state.drillSummaryView?.summary?.reportCommand == command)
        let commandRows = shown[18...].prefix { !$0.isEmpty }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(
            commandRows.joined(separator: " ") == command,
            "the command line in full, wrapped at spaces")
        #expect(shown[23] == "[j/k] scroll  [Esc/b] back  [?] help  [q] quit")
        press(.escape, harness)
        #expect(harness.controller.state.screen == .journalBrowser)
    }

    @Test func drillResultsInJapaneseScrollOnASmallWindow() throws {
        let harness = try browser(language: "ja")
        press(.down, harness)
        press(.character("r"), harness)
        let shown = lines(harness)
        #expect(shown[1] == " 【訓練】訓練記録 — 実際のインシデントではありません")
        #expect(shown.contains("   isolated: 目標 05分00秒 / 実際 00分04秒 — 達成"))
        #expect(shown.contains("   it-reached: 目標 00分10秒 / 実際 00分12秒 — 未達（遅れ）"))
        #expect(shown.contains(" 振り返り（ホットウォッシュ）の回答: 2 件"))
        #expect(shown.contains("   1. What went well? — The cable was easy"))
        #expect(shown.contains(" 改善項目: 未完了 1・完了 1・期限切れ 1"))
        #expect(shown[23] == "[j/k] スクロール  [Esc/b] 戻る  [?] ヘルプ  [q] 終了")
        let small = Size(width: 80, height: 18)
        harness.controller.screenSize = small
        for _ in 0..<3 { press(.pageDown, harness) }
        let first = try #require(harness.controller.state.drillSummaryView?.firstLine)
        #expect(
            first > 0
                && first
                    == DrillSummaryScreen.maximumFirstLine(harness.controller.state, size: small)
        )
        let bottom = AppRenderer.render(harness.controller.state, size: small).grid.lines()
        #expect(
            bottom.contains { $0.contains("-aar.html") },
            "the command line is reached by scrolling: \(bottom)")
    }

    @Test func theSummarysMetAndMissedAreTheDrillReports() throws {
        let harness = try browser(language: "en")
        press(.down, harness)
        press(.character("r"), harness)
        let summary = try #require(harness.controller.state.drillSummaryView?.summary)
        let path = harness.directory.file("journals/DRILL-20250917T100000Z-main-0a1b2c3d.jsonl")
        let report = try DrillReport(
            sources: [try JournalSource(path: path, index: 0)], today: "2025-11-21")
        let drill = try #require(report.drills.first)
        #expect(summary.expectations == drill.expectations)
        #expect(summary.expectations.map(\.result) == ["met", "missed", "not-reached"])
        #expect(summary.deviations.map(\.count).reduce(0, +) == drill.review.deviations.count)
        #expect(summary.hotWash.map(\.answer) == drill.hotWash.map(\.answer))
        let output = ReportOutput.inMemory()
        try report.write(
            .markdown, options: ExportOptions(language: .english, generatedAt: "test"), to: output)
        for question in ["1. What went well?", "2. What would you change?"] {
            #expect(output.text.contains(question), "the report shows the question's text too")
        }
    }

    // MARK: - The start screen's last drill

    private func startScreen(language: Language, drillStart: Int64?) throws -> [String] {
        let harness = AppHarness(route: .triage, language: language, operatorName: nil)
        let directory = try journals(harness)
        if let drillStart {
            try Self.writeDrill(
                at: directory + "/DRILL-20250917T100000Z-main-0a1b2c3d.jsonl", start: drillStart)
        }
        try Self.writeReal(at: directory + "/20250918T100000Z-main-4e5f6a7b.jsonl")
        harness.controller.begin()
        #expect(harness.controller.state.screen == .operatorEntry)
        return lines(harness)
    }

    @Test(arguments: [Language.japanese, .english])
    func startScreenSaysWhenTheLastDrillWas(_ language: Language) throws {
        let shown = try startScreen(language: language, drillStart: Self.drillStart)
        let expected =
            language == .japanese
            ? " 最後の訓練: 2025-09-17（65日前）" : " Last drill: 2025-09-17 (65 days ago)"
        #expect(shown[21] == expected, "\(shown)")
        #expect(!shown.joined().contains("!!"))
    }

    @Test(arguments: [Language.japanese, .english])
    func startScreenWarnsWhenAYearHasPassed(_ language: Language) throws {
        // 2024-11-01T10:00:00Z
        let shown = try startScreen(language: language, drillStart: 1_730_455_200_000_000)
        let expected =
            language == .japanese
            ? [" 最後の訓練: 2024-11-01（385日前）", " !! 最後の訓練から 1 年以上たっています（年 1 回以上の訓練が必要です）。"]
            : [
                " Last drill: 2024-11-01 (385 days ago)",
                " !! More than a year has passed without a drill (at least one a year is",
                " required).",
            ]
        #expect(Array(shown[(22 - expected.count)..<22]) == expected, "\(shown)")
    }

    @Test(arguments: [Language.japanese, .english])
    func startScreenWarnsWhenNoDrillExists(_ language: Language) throws {
        let shown = try startScreen(language: language, drillStart: nil)
        let expected =
            language == .japanese
            ? [" 最後の訓練: 訓練の記録なし", " !! 最後の訓練から 1 年以上たっています（年 1 回以上の訓練が必要です）。"]
            : [
                " Last drill: no drill recorded",
                " !! More than a year has passed without a drill (at least one a year is",
                " required).",
            ]
        #expect(Array(shown[(22 - expected.count)..<22]) == expected, "\(shown)")
    }
}
