import Foundation
import ShodoTestSupport
import Testing

@Suite("shodo drill --headless, the real binary", .noProcessOutlivesTheSuite)
struct DrillCommandLineTests {
    static let runbook = """
        format: 1
        id: ward
        version: 1
        title: {ja: 病棟, en: Ward}
        milestones:
          - {id: isolated, label: {ja: 切り離した, en: Isolated}}
        steps:
          - id: ask
            kind: choice
            title: {ja: 有線？, en: Wired?}
            options:
              - {id: wired, label: {ja: 有線, en: Wired}}
              - {id: wifi, label: {ja: 無線, en: Wi-Fi}}
          - {id: pull, title: {ja: 抜く, en: Pull the cable}, milestone: isolated}
          - {id: done, kind: end, outcome: resolved, title: {ja: 終わり, en: Done}}
        """

    static let scenario = """
        format: 1
        scenario: ward-drill
        version: 2
        title: {ja: 病棟訓練, en: Ward drill}
        type: functional
        runbook: ward
        story: {ja: 午前3時, en: A red screen at 3 a.m.}
        injects:
          - {id: chosen, text: {ja: 無線だった, en: It is on Wi-Fi}, on_choice: {step: ask, option: wifi}}
        expectations: [{milestone: isolated, target: 1h}]
        hot_wash: [{ja: 何が, en: What went well?}]
        """

    private func drill(
        _ cli: ShodoCommandLine, _ arguments: [String], _ lines: [String], headless: Bool = true
    ) throws -> ProcessRun {
        let runbooks = cli.home.file("runbooks")
        try FileManager.default.createDirectory(atPath: runbooks, withIntermediateDirectories: true)
        try Self.runbook.write(toFile: runbooks + "/ward.yaml", atomically: true, encoding: .utf8)
        try Self.scenario.write(toFile: runbooks + "/drill.yaml", atomically: true, encoding: .utf8)
        return try cli.run(
            arguments + (headless ? ["--headless"] : []) + [
                "--operator", "facilitator", "--journal-dir", cli.journals, "--runbooks", runbooks,
                "--lang", "en",
            ],
            input: lines.map { $0 + "\n" }.joined())
    }

    @Test func aDrillInterruptedByTheEndOfInputResumesAndEndsWithAVerifiedDrillJournal() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let first = try drill(cli, ["drill", "ward-drill", "--team", "night-a"], ["choose wifi"])
        #expect(first.status == 3, "stderr: \(first.errors)")
        #expect(first.output.hasPrefix("[EXERCISE / 訓練]\n\nA red screen at 3 a.m."))
        #expect(first.output.contains("inject chosen: It is on Wi-Fi"))
        let journal = try cli.journal()
        #expect((journal as NSString).lastPathComponent.hasPrefix("DRILL-"))

        let second = try drill(
            cli, ["resume", journal], ["ack chosen", "done", "done", "hotwash Calm", "done"])
        #expect(second.status == 0, "stderr: \(second.errors)")
        #expect(
            !second.output.contains("inject chosen"),
            "an inject is delivered once, even across a resume")
        let lines = try cli.lines(of: journal)
        #expect(lines.filter { $0.contains(#""kind":"inject.delivered""#) }.count == 1)
        #expect(
            lines.first?.contains(#""drill":true"#) == true
                && lines.first?.contains(#""scenario":"ward-drill""#) == true)
        #expect(lines.last?.contains(#""kind":"journal.close""#) == true)
        #expect(
            lines.contains {
                $0.contains(#""kind":"drill.ended""#) && $0.contains(#""result":"met""#)
            })
        #expect(try cli.run(["journal", "verify", journal]).status == 0)
        let shown = try cli.run(["journal", "show", journal])
        #expect(
            shown.output.hasPrefix("訓練記録 — 実際のインシデントではありません / EXERCISE — NOT A REAL INCIDENT\n"))
    }

    @Test(arguments: [("functional", false), ("comcheck", true)])
    func aDrillShowsRealNumbersOnlyInAComcheck(type: String, showsNumbers: Bool) throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let runbooks = cli.home.file("runbooks")
        try FileManager.default.createDirectory(atPath: runbooks, withIntermediateDirectories: true)
        try """
        format: 1
        id: calls
        version: 1
        title: {ja: 連絡, en: Calls}
        steps:
          - {id: call, kind: contact, contacts: [oncall], title: {ja: 電話する, en: Call}}
          - {id: done, kind: end, outcome: resolved, title: {ja: 終わり, en: Done}}
        """.write(toFile: runbooks + "/calls.yaml", atomically: true, encoding: .utf8)
        try """
        format: 1
        scenario: calls-drill
        version: 1
        title: {ja: 連絡訓練, en: Calls drill}
        type: \(type)
        runbook: calls
        story: {ja: 夜, en: Night}
        """.write(toFile: runbooks + "/drill.yaml", atomically: true, encoding: .utf8)
        let run = try cli.run(
            [
                "drill", "calls-drill", "--headless", "--operator", "facilitator", "--journal-dir",
                cli.journals,
                "--runbooks", runbooks, "--lang", "en",
            ],
            input: "pause\n")
        #expect(run.output.contains("oncall: IT on-call"), "\(run.output) \(run.errors)")
        #expect(run.output.contains("内線 1234") == showsNumbers, "\(run.output)")
        #expect(
            run.output.contains("(drill: no real call is made)") == !showsNumbers, "\(run.output)")
    }

    @Test func anUnknownScenarioIsABadUsageThatNamesTheLoadedOnes() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let result = try drill(cli, ["drill", "ward-dril"], [])
        #expect(result.status == 2)
        #expect(
            result.errors.contains(
                "No drill scenario 'ward-dril' is loaded. Loaded scenarios: ward-drill"))
    }

    @Test func withoutATerminalADrillRunsInTheLineModeAndRealWorldGoesOnAsARealRun() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let result = try drill(
            cli, ["drill", "ward-drill"], ["real-world", "choose wifi"], headless: false)
        #expect(result.status == 3, "stderr: \(result.errors)")
        #expect(result.output.hasPrefix("[EXERCISE / 訓練]"))
        #expect(
            result.output.contains(
                "== This is a real incident. The drill is stopped. Real journal: "))
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.journals).filter {
            $0.hasSuffix(".jsonl")
        }
        let real = try #require(names.first { !$0.hasPrefix("DRILL-") })
        let lines = try cli.lines(of: (cli.journals as NSString).appendingPathComponent(real))
        #expect(lines.first?.contains(#""drill_jid":""#) == true)
        #expect(
            lines.contains {
                $0.contains(#""kind":"choice.made""#) && $0.contains(#""option":"wifi""#)
            })
    }
}
