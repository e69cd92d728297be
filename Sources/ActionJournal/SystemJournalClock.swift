#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The machine's clocks: CLOCK_REALTIME, CLOCK_MONOTONIC and the kernel boot id.
public struct SystemJournalClock: JournalClock, Sendable {
    /// The boot id read once at start-up.
    public let bootID: String

    /// Reads the boot id from `/proc/sys/kernel/random/boot_id`. Where it cannot be read,
    /// a random id per process is used instead, so that monotonic times of different
    /// processes are never compared (they might span a reboot).
    public init() {
        let text = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        bootID = trimmed.isEmpty ? "process-" + UUID().uuidString.lowercased() : trimmed
    }

    /// The current readings.
    public func now() -> JournalInstant {
        var wall = timespec()
        var monotonic = timespec()
        clock_gettime(CLOCK_REALTIME, &wall)
        clock_gettime(CLOCK_MONOTONIC, &monotonic)
        return JournalInstant(
            wallMicroseconds: Int64(wall.tv_sec) * 1_000_000 + Int64(wall.tv_nsec) / 1000,
            monotonicNanoseconds: UInt64(monotonic.tv_sec) * 1_000_000_000 + UInt64(monotonic.tv_nsec),
            bootID: bootID)
    }
}
