import ActionJournal
import DocumentMarkup
import Foundation
import JournalReports
import Localization
import ShodoTestSupport
import Testing

@Suite("The drill's after-action report and improvement plan")
struct DrillReportTests {
    private func report(_ paths: [String], today: String = "2026-12-01") throws -> DrillReport {
        try DrillReport(sources: try ExportHelpers.sources(paths), today: today)
    }

    private func text(
        _ report: DrillReport, _ format: DocumentFormat, _ language: Language = .english
    ) throws -> String {
        let output = ReportOutput.inMemory()
        try report.write(
            format, options: ExportOptions(language: language, generatedAt: "test"), to: output)
        return output.text
    }

    @Test(
        "The analysis reads the overview, expectations, deviations, decisions, observations, hot wash and items"
    )
    func analysis() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let journal = try DrillFixture.full(in: directory)
        journal.writer.close()
        let drill = try #require(try report([journal.path]).drills.first)
        #expect(drill.scenario == "night-ransom-note" && drill.scenarioVersion == "1")
        #expect(
            drill.team == "3階東病棟 夜勤" && drill.roles == ["nurse", "clerk"]
                && drill.type == "functional")
        #expect(drill.exercises == ["確認表 1-2", "確認表 3-1"])
        #expect(drill.facilitators == ["進行役 佐藤"] && drill.players == ["山田"])
        #expect(drill.runbook == "rb-01-ransomware-suspected" && drill.runbookVersion == "3")
        #expect(drill.expectations.map(\.result) == ["met", "missed", "not-reached"])
        #expect(drill.expectations.map(\.reachedSeconds) == [4, 12, nil])
        #expect(drill.expectationsMet == 1 && drill.ended && drill.realWorldJournal == nil)
        #expect(drill.review.deviations.map(\.kind) == [.skipped, .checkFailed])
        #expect(drill.contingencyInjects.map(\.label) == ["no-call"])
        #expect(drill.decisions.map(\.rationale) == ["拡大を防ぐため"])
        #expect(drill.observations.map(\.rating) == ["M", "P"])
        #expect(drill.hotWash.map(\.answer) == ["連絡表を壁に貼る", "特になし"])
        #expect(drill.improvements.map(\.details.owner) == ["田中"])
        #expect(drill.improvements.first?.isOverdue(today: "2026-12-16") == true)
        #expect(drill.improvements.first?.isOverdue(today: "2026-12-15") == false)
        let failedCheck = try #require(drill.moments.first { $0.label == "wifi-off-check" })
        #expect(failedCheck.drillSeconds < 60, "the 10-minute pause is off the drill clock")
        #expect(drill.moments.contains { $0.kind == "milestone" && $0.label == "isolated" })
    }

    @Test("The report shows each section in order, in both formats")
    func sections() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let journal = try DrillFixture.full(in: directory)
        journal.writer.close()
        let drill = try report([journal.path])
        for format in DocumentFormat.allCases {
            let text = try text(drill, format)
            let headings = [
                "Overview", "Expectations: target vs actual (drill clock)",
                "Injects, steps and milestones", "Deviations",
                "Tabletop decisions and rationale", "Observations and ratings", "Hot-wash answers",
                "Improvement plan", "Verification",
            ]
            let positions = try headings.map { heading in
                try #require(
                    text.range(of: format == .html ? ">\(heading)<" : " \(heading)\n"),
                    "\(heading) in \(format)"
                ).lowerBound
            }
            #expect(positions == positions.sorted())
            for expected in [
                "確認表 1-2", "3階東病棟 夜勤", "進行役 佐藤", "met", "missed", "not reached", "05 min 00 s",
                "00 min 12 s",
                "プリンタなし", "スイッチが見つからない", "contingency inject fired", "no-call", "拡大を防ぐため", "看護師長",
                "連絡先の表が見つからなかった", "1. 次に同じことが起きたら何を変えますか？", "連絡表を壁に貼る", "2. うまくいったことは？",
                "ナースステーションの壁に貼る", "田中", "2026-12-15", "contacts",
                "chain intact (lines 1-", "end not checked",
            ] {
                #expect(text.contains(expected), "\(expected) in \(format)")
            }
            #expect(!text.contains("ended early"))
        }
    }

    @Test("The HTML is well-formed, self-contained, and every page carries the exercise marking")
    func exerciseMarkingOnEveryPage() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let first = try DrillFixture.full(in: directory)
        first.writer.close()
        let second = try DrillFixture.full(in: directory, name: "DRILL-second.jsonl")
        second.writer.close()
        let html = try text(try report([first.path, second.path]), .html)
        let checked = WellFormedXML.check(html)
        #expect(checked.problem == nil)
        #expect(
            !checked.elements.contains("script") && !checked.elements.contains("link")
                && !checked.elements.contains("img"))
        #expect(
            !html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("://"),
            "nothing fetched")
        let marking = "EXERCISE — NOT A REAL INCIDENT"
        #expect(
            html.contains("@top-center { content: \"\(marking)\""),
            "the printed marking at the top of every page")
        let pageBreaks = html.components(separatedBy: "class=\"exercise-page next\"").count - 1
        let markedBlocks = html.components(separatedBy: ">\(marking)</div>").count - 1
        #expect(pageBreaks == 1)
        #expect(
            markedBlocks == pageBreaks + 1, "every page the document starts opens with the marking")
        #expect(html.contains("counter(page)"))
        let japanese = try text(try report([first.path]), .html, .japanese)
        #expect(japanese.contains(">訓練記録 — 実際のインシデントではありません</div>"))
        #expect(japanese.contains("改善計画"))
    }

    @Test(
        "A hot-wash answer from a journal without the question's text says the text is not recorded"
    )
    func hotWashWithoutQuestionText() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let journal = try FixtureJournal(
            path: directory.file("DRILL-old.jsonl"), drill: DrillFixture.opening())
        try journal.append("hotwash.answered", "振り返り 1", [("question", 0), ("answer", "特になし")])
        journal.writer.close()
        let drill = try #require(try report([journal.path]).drills.first)
        #expect(drill.hotWash.map(\.text) == [nil])
        #expect(
            try text(report([journal.path]), .markdown).contains("1 (question text not recorded)"))
        #expect(try text(report([journal.path]), .markdown, .japanese).contains("1（質問の文は記録なし）"))
    }

    @Test(
        "The terminal's summary counts what the report lists and names the command for it, quoted for the shell"
    )
    func summary() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let journal = try DrillFixture.full(in: directory, name: "DRILL-it's full.jsonl")
        journal.writer.close()
        let drill = try #require(try report([journal.path], today: "2026-12-16").drills.first)
        let summary = try DrillSummary.read(path: journal.path, today: "2026-12-16")
        #expect(summary.expectations == drill.expectations)
        #expect(
            summary.deviations.map { "\($0.kind) \($0.count)" } == ["skipped 1", "checkFailed 1"])
        #expect(summary.contingencyInjects == 1 && summary.hotWash.count == 2)
        #expect(
            (summary.improvementsOpen, summary.improvementsClosed, summary.improvementsOverdue) == (
                1, 0, 1
            ))
        #expect(
            summary.reportCommand
                == "shodo drill report '\(journal.path.replacingOccurrences(of: "'", with: "'\\''"))' -o 'DRILL-it'\\''s full-aar.html'"
        )
        let english = summary.lines(.english).map(\.text)
        #expect(english.contains("isolated: target 05 min 00 s / actual 00 min 04 s — met"))
        #expect(english.contains("1. 次に同じことが起きたら何を変えますか？ — 連絡表を壁に貼る"))
        #expect(english.contains("Improvement items: 1 open, 0 closed, 1 overdue"))
        #expect(summary.lines(.japanese).map(\.text).contains("改善項目: 未完了 1・完了 0・期限切れ 1"))
        let real = try FixtureJournal.everyKind(in: directory)
        real.writer.close()
        #expect(throws: ReportError.self) {
            try DrillSummary.read(path: real.path, today: "2026-12-16")
        }
    }

    @Test("A real incident's journal is refused, naming it")
    func realJournalRefused() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let real = try FixtureJournal.everyKind(in: directory)
        real.writer.close()
        #expect {
            _ = try report([real.path])
        } throws: { error in
            guard let error = error as? ReportError, case .notADrill(let path) = error else {
                return false
            }
            return path == real.path && error.description.contains("not a drill journal")
        }
    }

    @Test("A drill ended early or stopped for a real incident is reported as such")
    func endedEarly() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let journal = try FixtureJournal(
            path: directory.file("DRILL-aborted.jsonl"), drill: DrillFixture.opening())
        try journal.append(
            "drill.started", "訓練を開始しました", [("team", "A"), ("roles", .array([])), ("story", "…")])
        try journal.append(
            "drill.real-world", "実際のインシデント", [("real_jid", "0a1b2c3d-0000-4000-8000-000000000000")])
        journal.writer.close()
        let text = try text(try report([journal.path]), .markdown)
        #expect(
            text.contains(
                "stopped for a real incident (real journal 0a1b2c3d-0000-4000-8000-000000000000)"))
        #expect(text.contains("it ended early"))
    }

    @Test("A drill journal that does not verify says so and leaves its unproven rows out")
    func unprovenRowsLeftOut() throws {
        let directory = TemporaryDirectory("drill-report")
        defer { directory.remove() }
        let journal = try DrillFixture.full(in: directory)
        journal.writer.close()
        var lines = try String(contentsOfFile: journal.path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("\"drill.ended\"") })
        lines[index] = lines[index].replacingOccurrences(of: "\"missed\"", with: "\"met\"")
        try lines.joined(separator: "\n").write(
            toFile: journal.path, atomically: false, encoding: .utf8)
        let drill = try #require(try report([journal.path]).drills.first)
        #expect(drill.unprovenRecords == 2, "the tampered drill.ended and the item after it")
        #expect(drill.expectations.isEmpty && !drill.ended && drill.improvements.isEmpty)
        #expect(drill.hotWash.count == 2, "rows before the bad line still count")
        let text = try text(try report([journal.path]), .markdown)
        #expect(text.contains("does not verify: its 2 unproven records are left out"))
        #expect(text.contains("NOT INTACT"))
    }
}
