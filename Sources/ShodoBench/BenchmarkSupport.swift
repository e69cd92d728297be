import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Timing, statistics and process facts shared by the benchmarks.
enum BenchmarkSupport {
    /// Monotonic nanoseconds now.
    static func nanosecondsNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The value at `fraction` (0…1) of the sorted samples (nearest rank).
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// A field of `/proc/self/status` in kB (e.g. "VmHWM"), or nil where unavailable.
    static func processStatusKilobytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return nil
        }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(
                line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// A fresh directory under `parent` (the system temp directory by default).
    static func scratchDirectory(in parent: String?) throws -> String {
        let base = parent ?? FileManager.default.temporaryDirectory.path
        let path = base + "/shodo-bench-" + UUID().uuidString.lowercased()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A number with two decimals.
    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
