import ActionJournal

/// A clock that moves only when told to, for tests.
///
/// Each `now()` returns the current readings and then advances both clocks by `tick`,
/// so consecutive records differ in time as they would live.
public final class ManualJournalClock: JournalClock {
    /// The readings the next `now()` returns.
    public var instant: JournalInstant
    /// How far both clocks move after each reading, in microseconds.
    public var tickMicroseconds: Int64

    /// A clock starting at `instant`, moving `tickMicroseconds` per reading.
    public init(
        wallMicroseconds: Int64 = 1_763_753_722_328_169,
        monotonicNanoseconds: UInt64 = 705_548_834_183,
        bootID: String = "ac526618-1b4c-4f6e-9a3d-5e2f7c8b9d01",
        tickMicroseconds: Int64 = 1000
    ) {
        instant = JournalInstant(
            wallMicroseconds: wallMicroseconds, monotonicNanoseconds: monotonicNanoseconds,
            bootID: bootID)
        self.tickMicroseconds = tickMicroseconds
    }

    /// The current readings; both clocks then advance by one tick.
    public func now() -> JournalInstant {
        let reading = instant
        advance(microseconds: tickMicroseconds)
        return reading
    }

    /// Moves both clocks forward, as time passing does.
    public func advance(microseconds: Int64) {
        instant.wallMicroseconds += microseconds
        instant.monotonicNanoseconds += UInt64(max(0, microseconds)) * 1000
    }

    /// Moves only the wall clock, as an administrator or NTP stepping it does.
    public func stepWallClock(microseconds: Int64) {
        instant.wallMicroseconds += microseconds
    }

    /// Starts a new boot: a new boot id and the monotonic clock back near zero.
    public func reboot(bootID: String, monotonicNanoseconds: UInt64 = 1_000_000_000) {
        instant.bootID = bootID
        instant.monotonicNanoseconds = monotonicNanoseconds
    }
}
