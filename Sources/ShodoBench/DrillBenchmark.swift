import ActionJournal
import ArgumentParser
import Foundation
import JournalReports

/// Time and peak memory of `drill register` and `drill trends` against `journal verify`
/// over the same drill journals.
struct DrillBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Generate drill journals; time register and trends against verifying the same files; report peak RSS.",
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
        try ReportBenchmark.measure("generate \(journals) drill journals of \(records) records (real writer, no fsync)") {
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
        try ReportBenchmark.measure("last drill for the start screen of \(journals) (newest first, stops at the first that verifies)") {
            guard LastDrill.newest(amongNewestFirst: paths.reversed()) != nil else { throw ValidationError("no drill verifies") }
        }
        let registerFile = directory + "/register.html"
        try ReportBenchmark.measure("register html of \(journals) (goal <= 64 MB, <= 3x verify)", output: registerFile) {
            let register = DrillRegister(paths: paths, today: "2028-01-01")
            try register.write(.html, options: ExportOptions(), to: try ExportDestination.open(registerFile, force: false, journals: paths))
        }
        let trendsFile = directory + "/trends.html"
        try ReportBenchmark.measure("trends html of \(journals) (goal <= 64 MB, <= 3x verify)", output: trendsFile) {
            let trends = DrillTrends(paths: paths)
            try trends.writeHTML(options: ExportOptions(), to: try ExportDestination.open(trendsFile, force: false, journals: paths))
        }
    }

    /// A drill journal: StartEx, a run of steps with injects and milestones, EndEx with
    /// its expectations and one improvement item. Drills spread over two years, three
    /// teams, two scenario versions and a runbook-version change halfway.
    private func generate(path: String, index: Int) throws {
        let start = Int64(1_767_225_600_000_000) + Int64(index) * 63_072_000_000_000 / Int64(max(journals, 1))
        let clock = ManualJournalClock(wallMicroseconds: start, tickMicroseconds: 1_500_000)
        let writer = try JournalWriter.create(
            path: path, actor: "bench", message: "benchmark",
            openPayload: BenchmarkRecords.openPayload.filter { $0.name != "drill" } + [
                JSONMember(name: "drill", value: true), JSONMember(name: "scenario", value: "night-ransom-note"),
                JSONMember(name: "scenario_version", value: .integer(index % 10 == 9 ? 2 : 1)),
                JSONMember(name: "scenario_sha256", value: .string(String(repeating: "0f", count: 32))),
            ],
            clock: clock, outputs: .unsynchronisedForBenchmarks)
        defer { writer.close() }
        let team = ["3階東", "5階西", "救急外来"][index % 3]
        try writer.append(RecordDraft(kind: "drill.started", actor: "進行役", message: "訓練を開始しました", payload: [
            JSONMember(name: "team", value: .string(team)), JSONMember(name: "roles", value: .array(["nurse", "clerk"])),
            JSONMember(name: "story", value: "深夜 2 時"), JSONMember(name: "exercises", value: .array(["確認表 1-2"])),
        ]))
        try writer.append(RecordDraft(kind: "run.started", actor: "山田", message: "開始", payload: [
            JSONMember(name: "runbook", value: "rb-01-ransomware-suspected"),
            JSONMember(name: "runbook_version", value: .integer(index < journals / 2 ? 3 : 4)),
        ]))
        for number in 3..<max(records - 3, 3) {
            switch number % 100 {
            case 10:
                try writer.append(RecordDraft(kind: "inject.delivered", actor: "進行役", message: "注入", payload: [
                    JSONMember(name: "inject", value: .string("inject-\(number)")), JSONMember(name: "trigger", value: "timed"),
                    JSONMember(name: "drill_seconds", value: .integer(Int64(number))),
                ]))
            case 50:
                try writer.append(RecordDraft(kind: "milestone.reached", actor: "山田", message: "節目", payload: [
                    JSONMember(name: "milestone", value: .string("m\(number / 100)")),
                ]))
            default:
                try writer.append(try BenchmarkRecords.draft(number))
            }
        }
        try writer.append(RecordDraft(kind: "drill.ended", actor: "進行役", message: "訓練を終了しました", payload: [
            JSONMember(name: "expectations", value: .array((0..<3).map { milestone in
                .object([
                    JSONMember(name: "milestone", value: .string("m\(milestone)")), JSONMember(name: "result", value: "met"),
                    JSONMember(name: "target_seconds", value: 900), JSONMember(name: "required", value: true),
                    JSONMember(name: "drill_seconds", value: .integer(Int64(75 + milestone * 150 + index % 60))),
                ])
            })),
        ]))
        try writer.append(RecordDraft(kind: "improvement.recorded", actor: "田中", message: "改善項目 I1", payload: [
            JSONMember(name: "item", value: "I1"), JSONMember(name: "finding", value: "連絡表が古い"),
            JSONMember(name: "action", value: "更新する"), JSONMember(name: "owner", value: "田中"),
            JSONMember(name: "due", value: "2027-03-31"), JSONMember(name: "category", value: "contacts"),
        ]))
    }
}
