import ArgumentParser
import Foundation
import RunbookLoading

/// Loading the bundled runbooks from YAML and from the library cache, in one process
/// (warm: the first-frame benchmark, scripts/bench-first-frame, measures a cold start).
struct LibraryCacheBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Time loading the bundled runbooks from YAML and from the library cache.")

    @OptionGroup var scratch: ScratchDirectoryOptions

    @Option(help: "The directory holding Runbooks/ and assets/ (default: the working directory).")
    var content = FileManager.default.currentDirectoryPath

    @Option(help: "Timed repetitions of each (the median is printed).")
    var repetitions = 21

    func run() throws {
        let directory = try scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let runbooks = [content + "/Runbooks"]
        let contacts = [content + "/assets/contacts.example.yaml"]
        let cache = LibraryCache(path: directory + "/library.cache", programIdentity: "bench")
        let loader = RunbookLoader()
        let fromYAML = median { _ = loader.load(directories: runbooks, contactsFiles: contacts) }
        let reference = loader.load(directories: runbooks, contactsFiles: contacts, cache: cache)
        guard reference.diagnostics.isEmpty else {
            throw ValidationError(
                "the runbooks in \(content) have diagnostics; the cache keeps only clean loads")
        }
        guard FileManager.default.fileExists(atPath: cache.path) else {
            throw ValidationError(
                "nothing was cached: a file in \(content) changed less than \(cache.settleSeconds) s ago"
            )
        }
        let fromCache = median {
            _ = loader.load(directories: runbooks, contactsFiles: contacts, cache: cache)
        }
        guard
            loader.load(directories: runbooks, contactsFiles: contacts, cache: cache).library
                == reference.library
        else {
            throw ValidationError(
                "the library loaded from the cache differs from the one loaded from YAML")
        }
        let size =
            (try? FileManager.default.attributesOfItem(atPath: cache.path)[.size] as? Int) ?? 0
        print(
            "library benchmark: \(reference.library.runbooks.count) runbooks, cache file \(size / 1024) KiB, median of \(repetitions)"
        )
        print("  from YAML:  \(BenchmarkSupport.format(fromYAML)) ms")
        print("  from cache: \(BenchmarkSupport.format(fromCache)) ms")
    }

    private func median(_ body: () -> Void) -> Double {
        var milliseconds: [Double] = []
        for _ in 0..<repetitions {
            let start = BenchmarkSupport.nanosecondsNow()
            body()
            milliseconds.append(Double(BenchmarkSupport.nanosecondsNow() - start) / 1e6)
        }
        return BenchmarkSupport.percentile(milliseconds, 0.5)
    }
}
