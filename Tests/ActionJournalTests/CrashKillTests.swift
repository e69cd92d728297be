#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ActionJournal
import Foundation
import ShodoTestSupport
import Testing

/// kill -9 of a writer at random moments loses no acknowledged record and leaves a
/// journal that recovers and verifies.
struct CrashKillTests {
    enum CrashTestError: Error {
        case benchNotFound([String])
    }

    /// `shodo-bench`, built next to the test bundle (ActionJournalTests depends on it).
    private func benchExecutable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
            Bundle.main.bundleURL,
        ]
        for candidate in candidates {
            var directory = candidate.deletingLastPathComponent()
            for _ in 0..<4 {
                let bench = directory.appendingPathComponent("shodo-bench")
                if FileManager.default.isExecutableFile(atPath: bench.path) { return bench }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw CrashTestError.benchNotFound(candidates.map(\.path))
    }

    @Test func acknowledgedRecordsSurviveKillNine() throws {
        let bench = try benchExecutable()
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        var generator = SystemRandomNumberGenerator()
        var highestAcknowledged = -1
        for iteration in 0..<40 {
            // The first child must at least get journal.open on disk, or there is no
            // journal to continue (a crash before that leaves an empty file).
            let wanted = iteration == 0 ? 1 + Int.random(in: 0...30, using: &generator) : Int.random(in: 0...30, using: &generator)
            let acknowledged = try runChild(bench, journal: fixture.path, killAfter: wanted)
            highestAcknowledged = max(highestAcknowledged, acknowledged ?? -1)

            let opened = try JournalWriter.openExisting(path: fixture.path, actor: "test", clock: SystemJournalClock())
            opened.writer.close()
            let sequences = opened.records.map(\.seq)
            #expect(sequences == Array(0..<sequences.count), "iteration \(iteration)")
            #expect(sequences.count > highestAcknowledged, "iteration \(iteration): acknowledged seq \(highestAcknowledged) lost")
            let report = try JournalVerifier.verify(path: fixture.path)
            #expect(report.isIntact && report.warnings.allSatisfy { if case .wallClockSteppedBack = $0 { true } else { false } })
            highestAcknowledged = max(highestAcknowledged, sequences.count - 1)
        }
        #expect(highestAcknowledged > 0)
    }

    /// Runs the child until it has acknowledged `count` records, kills it with SIGKILL and
    /// returns the highest acknowledged seq. With 0 it is killed at once, possibly while
    /// it is still opening or recovering the journal.
    private func runChild(_ bench: URL, journal: String, killAfter count: Int) throws -> Int? {
        let process = try SpawnedProcess(
            [bench.path, "crash-child", "--journal", journal], environment: ProcessInfo.processInfo.environment,
            output: .pipe)
        let output = try #require(process.output)
        var highest: Int?
        var pending = ""
        var seen = 0
        // The first ACK is the record already on disk; "count" more are appended ones.
        while count > 0, seen < count + 1 {
            let data = output.availableData
            if data.isEmpty { break }  // the child ended by itself: it failed to start
            pending += String(decoding: data, as: UTF8.self)
            while let newline = pending.firstIndex(of: "\n") {
                let line = pending[..<newline]
                pending.removeSubrange(...newline)
                if line.hasPrefix("ACK "), let sequence = Int(line.dropFirst(4)) {
                    highest = sequence
                    seen += 1
                }
            }
        }
        process.send(SIGKILL)
        process.waitForExit()
        // Acknowledgements already in the pipe count too: the child wrote them after a durable append.
        pending += String(decoding: output.readDataToEndOfFile(), as: UTF8.self)
        for line in pending.split(separator: "\n") where line.hasPrefix("ACK ") {
            if let sequence = Int(line.dropFirst(4)) { highest = max(highest ?? sequence, sequence) }
        }
        return highest
    }
}
