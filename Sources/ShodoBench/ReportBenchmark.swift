import ActionJournal
import ArgumentParser
import DocumentMarkup
import Foundation
import JournalReports
import JournalVocabulary

/// Time and peak memory of `journal show`, every export format and the review on large journals.
struct ReportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Generate large journals; time show-equivalent streaming, every export and the review; report peak RSS.",
        discussion: """
            Peak RSS is VmHWM from /proc/self/status, reset before each phase by writing 5 to \
            /proc/self/clear_refs (Linux), so each figure is that phase's own peak. Goal: streaming, \
            at most 64 MB for `journal show` of 1,000,000 records.
            """)

    @OptionGroup var scratch: ScratchDirectoryOptions

    @Option(help: "Records in the journal that every export and the review are timed on.")
    var records = 100_000

    @Option(help: "Records in the journal that `journal show` streaming is timed on (0 to skip).")
    var showRecords = 1_000_000

    @Flag(help: "Keep the generated journals and exports.")
    var keep = false

    func run() throws {
        let directory = try scratch.makeDirectory()
        defer { if !keep { try? FileManager.default.removeItem(atPath: directory) } }
        let journal = directory + "/report-\(records).jsonl"
        try Self.measure("generate \(records) records (real writer, no fsync)") {
            try generate(path: journal, count: records)
        }
        print("journal size: \(Self.fileSize(journal) / 1_000_000) MB")
        let formats: [(String, ExportFormat)] = [
            ("show (text timeline)", .text), ("csv", .csv), ("jsonl", .jsonl),
            ("timesketch jsonl", .timesketch),
            ("timesketch csv", .timesketchCSV), ("l2tcsv", .l2tcsv), ("md", .markdown),
            ("html", .html),
        ]
        for (index, (name, format)) in formats.enumerated() {
            let target = directory + "/export-\(index).\(format.rawValue)"
            try Self.measure("\(name) of \(records)", output: target) {
                let output = try ExportDestination.open(target, force: false, journals: [journal])
                _ = try TimelineExport.write(
                    try sources([journal]), format: format, options: ExportOptions(), to: output)
            }
        }
        for format in DocumentFormat.allCases {
            let target = directory + "/review.\(format.rawValue)"
            try Self.measure("review \(format.rawValue) of \(records)", output: target) {
                let report = try ReviewReport(sources: try sources([journal]))
                try report.write(
                    format, options: ExportOptions(),
                    to: try ExportDestination.open(target, force: false, journals: [journal]))
            }
        }
        guard showRecords > 0 else { return }
        let large = directory + "/show-\(showRecords).jsonl"
        try Self.measure("generate \(showRecords) records (real writer, no fsync)") {
            try generate(path: large, count: showRecords)
        }
        print("journal size: \(Self.fileSize(large) / 1_000_000) MB")
        let target = directory + "/show-\(showRecords).txt"
        try Self.measure(
            "show (verify + text timeline) of \(showRecords) (goal <= 64 MB)", output: target
        ) {
            let output = try ExportDestination.open(target, force: false, journals: [large])
            _ = try TimelineExport.write(
                try sources([large]), format: .text, options: ExportOptions(), to: output)
        }
    }

    /// Runs `body`, then prints its wall time and its own peak RSS.
    static func measure(_ name: String, output: String? = nil, _ body: () throws -> Void) throws {
        let peakWasReset = Self.resetPeakResidentSetSize()
        let start = BenchmarkSupport.nanosecondsNow()
        try body()
        let seconds = Double(BenchmarkSupport.nanosecondsNow() - start) / 1e9
        let peak = (BenchmarkSupport.processStatusKilobytes("VmHWM") ?? 0) / 1024
        var line = "\(name): \(BenchmarkSupport.format(seconds)) s, peak RSS \(peak) MB"
        if !peakWasReset { line += " (peak since process start)" }
        if let output { line += ", output \(Self.fileSize(output) / 1_000_000) MB" }
        print(line)
    }

    private func sources(_ paths: [String]) throws -> [JournalSource] {
        try paths.enumerated().map { try JournalSource(path: $1, index: $0) }
    }

    /// A run-shaped journal: mostly steps done, with calls, skips, values and notes mixed in.
    private func generate(path: String, count: Int) throws {
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "bench", message: "benchmark",
            openPayload: BenchmarkRecords.openPayload,
            clock: SystemJournalClock(), outputs: .unsynchronisedForBenchmarks)
        defer { writer.close() }
        try writer.append(
            RecordDraft(
                kind: .runStarted, actor: "山田", message: "開始: ランサムウェア疑い",
                payload: [JSONMember(.runbook, "rb-01-ransomware-suspected")]))
        for index in 2..<max(count, 2) { try writer.append(try draft(index)) }
    }

    private func draft(_ index: Int) throws -> RecordDraft {
        let step = JSONMember(.step, .string("step-\(index % 40)"))
        switch index % 50 {
        case 7:
            return try RecordDraft(
                kind: .contactAttempted, actor: "山田", message: "連絡: 情報システム — 応答なし",
                payload: [
                    step, JSONMember(.contact, "it-oncall"), JSONMember(.result, "no-answer"),
                ])
        case 19:
            return try RecordDraft(
                kind: .stepSkipped, actor: "山田", message: "スキップ: プリンタ（理由: なし）",
                payload: [step, JSONMember(.reason, "プリンタなし")])
        case 31:
            return try RecordDraft(
                kind: .valueEntered, actor: "山田", message: "入力: PC = 3F-ナース-02",
                payload: [step, JSONMember(.field, "pc_label"), JSONMember(.value, "3F-ナース-02")])
        default:
            return try BenchmarkRecords.draft(index)
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue
            ?? 0
    }

    /// Resets VmHWM to the current RSS (Linux `clear_refs` value 5); false where unsupported.
    private static func resetPeakResidentSetSize() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else {
            return false
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }
}
