import ActionJournal
import DocumentMarkup
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("The morning review pack")
struct ReviewTests {
    /// The every-kind journal plus a second terminal's run that was paused and never ended.
    private func fixture(_ directory: TemporaryDirectory) throws -> [JournalSource] {
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let paused = try FixtureJournal(
            path: directory.file("paused.jsonl"), host: "ward5-pc",
            startMicroseconds: FixtureJournal.startMicroseconds + 500_000)
        try paused.append(
            "run.started", actor: "佐藤", "開始: 切り離し", [("runbook", "rb-02-isolate-device")])
        try paused.append(
            "step.done", actor: "佐藤", "完了",
            [("runbook", "rb-02-isolate-device"), ("step", "unplug-cable")])
        try paused.append(
            "run.paused", actor: "佐藤", "一時停止",
            [("runbook", "rb-02-isolate-device"), ("step", "cable-out")])
        paused.writer.close()
        return try ExportHelpers.sources([journal.path, paused.path])
    }

    @Test("Deviations, pending runs, calls, values, evidence and durations are found")
    func analysis() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let analysis = try ReviewAnalysis.analyse(try fixture(directory))
        #expect(
            analysis.deviations.map(\.kind) == [
                .checkFailed, .skipped, .wentBack, .waitEndedEarly, .clockStepped,
                .journalRecovered,
            ])
        #expect(analysis.deviations.first?.reason == "スイッチが見つからない")
        #expect(analysis.deviations[2].reason == "→ rb-02-isolate-device / wifi-check")
        #expect(analysis.runs.count == 2)
        let pending = try #require(analysis.pendingRuns.first)
        #expect(analysis.pendingRuns.count == 1)
        #expect(pending.runbookID == "rb-02-isolate-device")
        #expect(pending.isPaused)
        #expect(pending.lastRecord.step == "cable-out")
        #expect(analysis.runs.first?.outcome == "handed-over")
        #expect(analysis.calls.map(\.result) == ["no-answer", "reached"])
        #expect(analysis.calls.last?.note == "折り返し")
        #expect(analysis.values.map(\.value) == ["3F-ナース-02", "cable"])
        #expect(analysis.values.map(\.isDecision) == [false, true])
        #expect(analysis.values.first?.reference.actor == "山田")
        #expect(analysis.evidence.first?.sha256 == String(repeating: "ab", count: 32))
        #expect(analysis.evidence.first?.details.contains("file: IMG_0001.jpg") == true)
        let durations = analysis.durations
        // Every record is one second after the one before (journal.open is seq 0, run.started seq 1).
        // Written before revision 2: no milestones, and none guessed from step names.
        #expect(!durations.hasMilestones)
        #expect(durations.overall.originIsNoticed == false)
        #expect(durations.seconds(to: durations.firstCall) == 9)
        #expect(durations.seconds(to: durations.firstReached) == 10)
        #expect(durations.seconds(to: durations.handover) == 22)
        #expect(analysis.signOffs.isEmpty)
    }

    @Test("A run that was aborted is a deviation and not pending")
    func aborted() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        try journal.append("run.started", "開始", [("runbook", "rb-10-phishing-av-alert")])
        try journal.append(
            "run.ended", "中止",
            [
                ("runbook", "rb-10-phishing-av-alert"), ("step", "s1"), ("outcome", "aborted"),
                ("reason", "誤報"),
            ])
        journal.writer.close()
        let analysis = try ReviewAnalysis.analyse(try ExportHelpers.sources([journal.path]))
        #expect(analysis.deviations.map(\.kind) == [.aborted])
        #expect(analysis.deviations.first?.reason == "誤報")
        #expect(analysis.pendingRuns.isEmpty)
    }

    @Test(
        "The pack lists the verdict first, then timeline, deviations, pending, calls, values, evidence, durations, sign-off"
    )
    func sectionsInOrder() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let review = try ReviewReport(sources: try fixture(directory))
        for format in DocumentFormat.allCases {
            let output = ReportOutput.inMemory()
            try review.write(
                format, options: ExportOptions(language: .english, generatedAt: "test"), to: output)
            let text = output.text
            let headings = [
                "Verification", "Timeline", "Deviations", "Still pending", "Call log",
                "Values recorded and decisions",
                "Evidence (SHA-256)", "Key durations", "Sign-off",
            ]
            let positions = try headings.map { heading in
                try #require(
                    text.range(of: format == .html ? "<h2>\(heading)" : "## \(heading)"),
                    "\(heading) in \(format)"
                ).lowerBound
            }
            #expect(positions == positions.sorted())
            #expect(text.contains("Verification code"))
            #expect(text.contains("スイッチが見つからない"))
            #expect(text.contains("it-oncall"))
            #expect(text.contains("Not signed yet"))
            #expect(text.contains("record no milestones"), "no isolation time is guessed")
            #expect(!text.contains("whose id contains"), "no rule about runbook names is left")
            if format == .html {
                #expect(WellFormedXML.check(text).problem == nil)
                #expect(text.contains("<svg"))
            }
        }
    }

    @Test("The Japanese pack has Japanese headings and keeps the journal's words")
    func japanese() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let review = try ReviewReport(sources: try fixture(directory))
        let output = ReportOutput.inMemory()
        try review.write(
            .markdown, options: ExportOptions(language: .japanese, generatedAt: "test"), to: output)
        #expect(output.text.contains("## 手順からの逸脱"))
        #expect(output.text.contains("## 連絡の記録"))
        #expect(output.text.contains("3F-ナース-02"))
        #expect(output.text.contains("一時停止"))
    }

    @Test(
        "The Japanese pack names call results and contacts in words, and the hospital in its title")
    func wordsNotIdentifiers() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        try journal.append("run.started", "開始", [("runbook", "rb-01")])
        try journal.append(
            "contact.attempted", "連絡: 当直管理者 — 応答なし",
            [
                ("runbook", "rb-01"), ("step", "call"), ("contact", "duty-manager"),
                ("contact_name", "当直管理者"),
                ("result", "no-answer"),
            ])
        journal.writer.close()
        let review = try ReviewReport(sources: try ExportHelpers.sources([journal.path]))
        let output = ReportOutput.inMemory()
        let options = ExportOptions(
            language: .japanese, generatedAt: "test", hospitalName: "さくら総合病院")
        try review.write(.html, options: options, to: output)
        let calls = try #require(
            output.text.components(separatedBy: "<h2>連絡の記録</h2>").last?.components(
                separatedBy: "<h2>"
            ).first)
        #expect(calls.contains("<td>当直管理者</td><td>応答なし</td>"))
        #expect(!calls.contains("duty-manager") && !calls.contains("no-answer"))
        #expect(output.text.contains("<title>さくら総合病院　朝の確認パック（IT 責任者向け）</title>"))
        #expect(
            output.text.contains("<code>shodo review --sign --reviewer 氏名 --comment …</code>"),
            "a command reads as code, not in backticks")
        #expect(!output.text.contains("`"))
        #expect(
            output.text.contains("<td>連絡</td>") && !output.text.contains("contact.attempted"),
            "kinds in words")
    }
}
