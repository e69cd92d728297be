/// One reading of the clocks a record carries: wall time, monotonic time and the boot.
public struct JournalInstant: Sendable, Hashable {
    /// Wall-clock time (CLOCK_REALTIME) in microseconds since 1970-01-01T00:00:00Z.
    public var wallMicroseconds: Int64
    /// Monotonic time (CLOCK_MONOTONIC) in nanoseconds; comparable only within `bootID`.
    public var monotonicNanoseconds: UInt64
    /// The kernel's boot id, which scopes `monotonicNanoseconds`.
    public var bootID: String

    /// An instant from its three readings.
    public init(wallMicroseconds: Int64, monotonicNanoseconds: UInt64, bootID: String) {
        self.wallMicroseconds = wallMicroseconds
        self.monotonicNanoseconds = monotonicNanoseconds
        self.bootID = bootID
    }
}
