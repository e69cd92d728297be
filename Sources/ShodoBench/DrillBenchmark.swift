import ActionJournal
import ArgumentParser
import Foundation
import JournalReports
import JournalVocabulary

/// Time and peak memory of `drill register` and `drill trends` against `journal verify`
/// over the same drill journals.
struct DrillBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract:
            "Generate drill journals; time register and trends against verifying the same files; report peak RSS.",
        discussion: """
            Goal: peak RSS at most 64 MB, and register and trends each within 3x of verifying every file \
            (each reads every file once). Peak RSS as in `shodo-bench report`.
            """)

    @OptionGroup var scratch: ScratchDirectoryOptions

    @Option(help: "Drill journals to generate.") var journals = 1_000

    @Option(help: "Records in each journal.") var records = 500

    @Flag(help: "Keep the generated journals and outputs.") var keep = false

    func run() throws {
        let directory = try scratch.makeDirectory()
        defer { if !keep { try? FileManager.default.removeItem(atPath: directory) } }
        var paths: [String] = []
        try ReportBenchmark.measure(
            "generate \(journals) drill journals of \(records) records (real writer, no fsync)"
        ) {
            for index in 0..<journals {
                let path = directory + "/DRILL-\(String(1_000_000 + index).dropFirst()).jsonl"
                try generate(path: path, index: index)
                paths.append(path)
            }
        }
        try ReportBenchmark.measure("verify each of \(journals) (journal verify)") {
            for path in paths where try JournalVerifier.verify(path: path).firstError != nil {
                throw ValidationError("\(path) does not verify")
            }
        }
        try ReportBenchmark.measure(
            "last drill for the start screen of \(journals) (newest first, stops at the first that verifies)"
        ) {
            guard LastDrill.newest(amongNewestFirst: paths.reversed()) != nil else {
                throw ValidationError("no drill verifies")
            }
        }
        let registerFile = directory + "/register.html"
        try ReportBenchmark.measure(
            "register html of \(journals) (goal <= 64 MB, <= 3x verify)", output: registerFile
        ) {
            let register = DrillRegister(paths: paths, today: "2028-01-01")
            try register.write(
                .html, options: ExportOptions(),
                to: try ExportDestination.open(registerFile, force: false, journals: paths))
        }
        let trendsFile = directory + "/trends.html"
        try ReportBenchmark.measure(
            "trends html of \(journals) (goal <= 64 MB, <= 3x verify)", output: trendsFile
        ) {
            let trends = DrillTrends(paths: paths)
            try trends.writeHTML(
                options: ExportOptions(),
                to: try ExportDestination.open(trendsFile, force: false, journals: paths))
        }
    }

    /// A drill journal: StartEx, a run of steps with injects and milestones, EndEx with
    /// its expectations and one improvement item. Drills spread over two years, three
    /// teams, two scenario versions and a runbook-version change halfway.
    private func generate(path: String, index: Int) throws {
        let start =
            Int64(1_767_225_600_000_000) + Int64(index) * 63_072_000_000_000
            / Int64(max(journals, 1))
        let clock = SyntheticClock(wallMicroseconds: start, stepMicroseconds: 1_500_000)
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "bench", message: "benchmark",
            openPayload: BenchmarkRecords.openPayload.filter {
                $0.name != RecordMember.drill.rawValue
            } + [
                JSONMember(.drill, true), JSONMember(.scenario, "night-ransom-note"),
                JSONMember(.scenarioVersion, .integer(index % 10 == 9 ? 2 : 1)),
                JSONMember(.scenarioSHA256, .string(String(repeating: "0f", count: 32))),
            ],
            clock: clock, outputs: .unsynchronisedForBenchmarks)
        defer { writer.close() }
        let team = ["3階東", "5階西", "救急外来"][index % 3]
        try writer.append(
            RecordDraft(
                kind: .drillStarted, actor: "進行役", message: "訓練を開始しました",
                payload: [
                    JSONMember(.team, .string(team)),
                    JSONMember(.roles, .array(["nurse", "clerk"])),
                    JSONMember(.story, "深夜 2 時"), JSONMember(.exercises, .array(["確認表 1-2"])),
                ]))
        try writer.append(
            RecordDraft(
                kind: .runStarted, actor: "山田", message: "開始",
                payload: [
                    JSONMember(.runbook, "rb-01-ransomware-suspected"),
                    JSONMember(.runbookVersion, .integer(index < journals / 2 ? 3 : 4)),
                ]))
        for number in 3..<max(records - 3, 3) {
            switch number % 100 {
            case 10:
                try writer.append(
                    RecordDraft(
                        kind: .injectDelivered, actor: "進行役", message: "注入",
                        payload: [
                            JSONMember(.inject, .string("inject-\(number)")),
                            JSONMember(.trigger, "timed"),
                            JSONMember(.drillSeconds, .integer(Int64(number))),
                        ]))
            case 50:
                try writer.append(
                    RecordDraft(
                        kind: .milestoneReached, actor: "山田", message: "節目",
                        payload: [
                            JSONMember(.milestone, .string("m\(number / 100)"))
                        ]))
            default:
                try writer.append(try BenchmarkRecords.draft(number))
            }
        }
        try writer.append(
            RecordDraft(
                kind: .drillEnded, actor: "進行役", message: "訓練を終了しました",
                payload: [
                    JSONMember(
                        .expectations,
                        .array(
                            (0..<3).map { milestone in
                                .object([
                                    JSONMember(.milestone, .string("m\(milestone)")),
                                    JSONMember(.result, "met"),
                                    JSONMember(.targetSeconds, 900), JSONMember(.required, true),
                                    JSONMember(
                                        .drillSeconds,
                                        .integer(Int64(75 + milestone * 150 + index % 60))),
                                ])
                            }))
                ]))
        try writer.append(
            RecordDraft(
                kind: .improvementRecorded, actor: "田中", message: "改善項目 I1",
                payload: [
                    JSONMember(.item, "I1"), JSONMember(.finding, "連絡表が古い"),
                    JSONMember(.action, "更新する"), JSONMember(.owner, "田中"),
                    JSONMember(.due, "2027-03-31"), JSONMember(.category, "contacts"),
                ]))
    }
}
