import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine's clocks: CLOCK_REALTIME, CLOCK_MONOTONIC and the kernel boot id.
public struct SystemJournalClock: JournalClock, Sendable {
    /// The boot id read once at start-up.
    public let bootID: String

    /// Reads the boot id from `/proc/sys/kernel/random/boot_id`. Where it cannot be read,
    /// a random id per process is used instead, so that monotonic times of different
    /// processes are never compared (they might span a reboot).
    public init() {
        bootID = Self.kernelBootID() ?? "process-" + UUID().uuidString.lowercased()
    }

    /// The kernel's boot id (a UUID and a newline), read with plain calls: the
    /// terminal UI makes a clock before its first frame, and Foundation's
    /// `String(contentsOfFile:)` with `trimmingCharacters` cost that ~0.3 ms.
    private static func kernelBootID() -> String? {
        guard
            case .success(let descriptor) = SystemFiles.open(
                "/proc/sys/kernel/random/boot_id", flags: O_RDONLY | O_CLOEXEC)
        else { return nil }
        defer { SystemFiles.close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 64)
        let count =
            (try? bytes.withUnsafeMutableBytes { buffer throws(JournalOutputFailure) in
                try SystemFiles.readFully(descriptor, into: buffer, at: 0)
            }) ?? 0
        let text = String(decoding: bytes[..<count], as: UTF8.self).filter { !$0.isWhitespace }
        return text.isEmpty ? nil : text
    }

    /// The current readings.
    public func now() -> JournalInstant {
        var wall = timespec()
        var monotonic = timespec()
        clock_gettime(CLOCK_REALTIME, &wall)
        clock_gettime(CLOCK_MONOTONIC, &monotonic)
        return JournalInstant(
            wallMicroseconds: Int64(wall.tv_sec) * 1_000_000 + Int64(wall.tv_nsec) / 1000,
            monotonicNanoseconds: UInt64(monotonic.tv_sec) * 1_000_000_000
                + UInt64(monotonic.tv_nsec),
            bootID: bootID)
    }
}
