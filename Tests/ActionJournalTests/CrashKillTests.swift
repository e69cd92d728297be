import ActionJournal
import Foundation
import ShodoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
            let wanted =
                iteration == 0
                ? 1 + Int.random(in: 0...30, using: &generator)
                : Int.random(in: 0...30, using: &generator)
            let acknowledged = try runChild(bench, journal: fixture.path, killAfter: wanted)
            highestAcknowledged = max(highestAcknowledged, acknowledged ?? -1)

            let opened = try JournalWriter.openExisting(
                path: fixture.path, actor: "test", clock: SystemJournalClock())
            opened.writer.close()
            let sequences = opened.records.map(\.seq)
            #expect(sequences == Array(0..<sequences.count), "iteration \(iteration)")
            #expect(
                sequences.count > highestAcknowledged,
                "iteration \(iteration): acknowledged seq \(highestAcknowledged) lost")
            let report = try JournalVerifier.verify(path: fixture.path)
            #expect(
                report.isIntact
                    && report.warnings.allSatisfy {
                        if case .wallClockSteppedBack = $0 { true } else { false }
                    })
            highestAcknowledged = max(highestAcknowledged, sequences.count - 1)
        }
        #expect(highestAcknowledged > 0)
    }

    /// Sealed journals killed at once, often while `journal.open` and the key file are being
    /// written: whenever `journal.open` reached the file, its key is there to continue it.
    @Test func aSealedJournalKilledAsItStartsCanAlwaysBeContinued() throws {
        let bench = try benchExecutable()
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let firstKey = try SealKeyMaterial.key(seed: 0x6B)
        let storePath = fixture.directory + "/config/shodo/seal-key"
        try SealKeyStore(path: storePath).install(firstKey: firstKey, replacing: false)
        var continued = 0
        for iteration in 0..<25 {
            let journal = fixture.directory + "/sealed-\(iteration).jsonl"
            _ = try runChild(
                bench, journal: journal, killAfter: iteration % 3, sealStore: storePath)
            let contents = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: journal)))) ?? []
            // killed before journal.open was complete
            guard contents.contains(0x0A) else { continue }
            let sealer = try #require(
                try JournalSealer.resuming(journalPath: journal),
                "iteration \(iteration): journal.open without its key file")
            let opened = try JournalWriter.openExisting(
                path: journal, actor: "test", clock: SystemJournalClock(), sealing: sealer)
            try opened.writer.append(JournalFixture.draft(1))
            opened.writer.close()
            let report = JournalVerifier.verify(
                bytes: try [UInt8](Data(contentsOf: URL(fileURLWithPath: journal))), key: firstKey)
            #expect(report.isIntact, "iteration \(iteration): \(report.lines)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.directory)
                .filter { $0.hasPrefix("sealed-\(iteration).jsonl.sealkey.tmp-") }
            #expect(leftovers.isEmpty, "iteration \(iteration): \(leftovers)")
            continued += 1
        }
        #expect(continued > 0)
    }

    /// Runs the child until it has acknowledged `count` records, kills it with SIGKILL and
    /// returns the highest acknowledged seq. With 0 it is killed at once, possibly while
    /// it is still opening or recovering the journal.
    private func runChild(
        _ bench: URL, journal: String, killAfter count: Int, sealStore: String? = nil
    ) throws -> Int? {
        let process = try SpawnedProcess(
            [bench.path, "crash-child", "--journal", journal]
                + (sealStore.map { ["--seal-store", $0] } ?? []),
            environment: ProcessInfo.processInfo.environment, output: .pipe)
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
            if let sequence = Int(line.dropFirst(4)) {
                highest = max(highest ?? sequence, sequence)
            }
        }
        return highest
    }
}
