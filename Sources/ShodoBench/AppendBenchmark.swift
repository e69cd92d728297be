import ActionJournal
import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Durable append latency of the journal next to a bare write+fdatasync of the same bytes.
struct AppendBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract:
            "Time durable journal appends against raw write+fdatasync on the same disk (goal: ratio <= 1.2)."
    )

    @OptionGroup var scratch: ScratchDirectoryOptions

    @Option(help: "Number of appends.")
    var count = 2000

    func run() throws {
        let directory = try scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lines = try sampleLines(directory: directory)
        let raw = try rawLatencies(lines, path: directory + "/raw.bin")
        let journal = try journalLatencies(path: directory + "/journal.jsonl")
        let averageBytes = lines.reduce(0) { $0 + $1.count } / max(lines.count, 1)
        print("append benchmark: \(count) records of ~\(averageBytes) bytes in \(directory)")
        report("raw write+fdatasync", raw)
        report("journal append     ", journal)
        let medianRatio =
            BenchmarkSupport.percentile(journal, 0.5) / BenchmarkSupport.percentile(raw, 0.5)
        let tailRatio =
            BenchmarkSupport.percentile(journal, 0.99) / BenchmarkSupport.percentile(raw, 0.99)
        print(
            "ratio journal/raw: median \(BenchmarkSupport.format(medianRatio))x, p99 \(BenchmarkSupport.format(tailRatio))x (goal <= 1.2x)"
        )
    }

    private func report(_ label: String, _ samples: [Double]) {
        let median = BenchmarkSupport.format(BenchmarkSupport.percentile(samples, 0.5))
        let tail = BenchmarkSupport.format(BenchmarkSupport.percentile(samples, 0.99))
        print("\(label): median \(median) us, p99 \(tail) us")
    }

    /// The exact lines the journal will write, made once without syncing.
    private func sampleLines(directory: String) throws -> [[UInt8]] {
        let path = directory + "/sample.jsonl"
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "bench", message: "benchmark",
            openPayload: BenchmarkRecords.openPayload,
            clock: SystemJournalClock(), outputs: .unsynchronisedForBenchmarks)
        for index in 0..<count { try writer.append(BenchmarkRecords.draft(index)) }
        writer.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.split(separator: 0x0A).dropFirst().map { Array($0) + [0x0A] }
    }

    private func rawLatencies(_ lines: [[UInt8]], path: String) throws -> [Double] {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ValidationError("cannot create \(path)") }
        defer { close(descriptor) }
        var samples: [Double] = []
        samples.reserveCapacity(lines.count)
        for line in lines {
            let start = BenchmarkSupport.nanosecondsNow()
            let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            let synced = fdatasync(descriptor)
            let end = BenchmarkSupport.nanosecondsNow()
            guard written == line.count, synced == 0 else {
                throw ValidationError("raw write or fdatasync failed")
            }
            samples.append(Double(end - start) / 1000)
        }
        return samples
    }

    private func journalLatencies(path: String) throws -> [Double] {
        let writer = try JournalWriter.create(
            path: path, jid: UUID(), actor: "bench", message: "benchmark",
            openPayload: BenchmarkRecords.openPayload,
            clock: SystemJournalClock())
        defer { writer.close() }
        let drafts = try (0..<count).map(BenchmarkRecords.draft)
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for draft in drafts {
            let start = BenchmarkSupport.nanosecondsNow()
            try writer.append(draft)
            samples.append(Double(BenchmarkSupport.nanosecondsNow() - start) / 1000)
        }
        return samples
    }
}
