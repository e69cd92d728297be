import ActionJournal
import ArgumentParser
import Foundation

/// Verification throughput on a large journal next to `sha256sum` of the same file.
struct VerifyBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            "Generate a large journal, time verify and sha256sum on it (goal: ratio >= 0.5), report peak RSS."
    )

    @OptionGroup var scratch: ScratchDirectoryOptions

    @Option(help: "Number of records to generate.")
    var records = 1_000_000

    @Flag(help: "Keep the generated journal.")
    var keep = false

    func run() throws {
        let directory = try scratch.makeDirectory()
        defer { if !keep { try? FileManager.default.removeItem(atPath: directory) } }
        let path = directory + "/large.jsonl"
        let generationStart = BenchmarkSupport.nanosecondsNow()
        try generate(path: path)
        let generationSeconds = Double(BenchmarkSupport.nanosecondsNow() - generationStart) / 1e9
        let size =
            (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?
            .doubleValue ?? 0
        print(
            "generated \(records) records, \(Int(size)) bytes, in \(BenchmarkSupport.format(generationSeconds)) s (no fsync)"
        )
        let memoryBeforeVerify = BenchmarkSupport.processStatusKilobytes("VmRSS") ?? 0

        var verifySeconds = Double.infinity
        var report: VerificationReport?
        var hashSeconds = Double.infinity
        for _ in 0..<2 {
            let start = BenchmarkSupport.nanosecondsNow()
            report = try JournalVerifier.verify(path: path)
            verifySeconds = min(
                verifySeconds, Double(BenchmarkSupport.nanosecondsNow() - start) / 1e9)
            hashSeconds = min(hashSeconds, try timeSHA256Sum(path))
        }
        for line in report?.lines ?? [] { print("  " + line) }
        let verifyRate = size / verifySeconds
        let hashRate = size / hashSeconds
        print(
            "verify:    \(BenchmarkSupport.format(verifySeconds)) s, \(BenchmarkSupport.format(verifyRate / 1e6)) MB/s, \(Int(Double(records) / verifySeconds)) records/s"
        )
        print(
            "sha256sum: \(BenchmarkSupport.format(hashSeconds)) s, \(BenchmarkSupport.format(hashRate / 1e6)) MB/s"
        )
        print(
            "ratio verify/sha256sum: \(BenchmarkSupport.format(verifyRate / hashRate)) (goal >= 0.5)"
        )
        let peak = BenchmarkSupport.processStatusKilobytes("VmHWM") ?? 0
        print(
            "peak RSS (VmHWM): \(peak / 1024) MB; RSS before verifying: \(memoryBeforeVerify / 1024) MB"
        )
    }

    private func generate(path: String) throws {
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "bench", message: "benchmark",
            openPayload: BenchmarkRecords.openPayload,
            clock: SystemJournalClock(), outputs: .unsynchronisedForBenchmarks)
        defer { writer.close() }
        for index in 1..<records { try writer.append(BenchmarkRecords.draft(index)) }
    }

    /// Wall time of `sha256sum FILE` as a child process.
    private func timeSHA256Sum(_ path: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        process.standardOutput = FileHandle.nullDevice
        let start = BenchmarkSupport.nanosecondsNow()
        try process.run()
        process.waitUntilExit()
        let seconds = Double(BenchmarkSupport.nanosecondsNow() - start) / 1e9
        guard process.terminationStatus == 0 else { throw ValidationError("sha256sum failed") }
        return seconds
    }
}
