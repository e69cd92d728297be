import ActionJournal

/// Time for generated journals: it starts at a chosen wall time and moves one fixed
/// step per reading, so that years of drills are written in seconds and every record
/// lies where the benchmark put it.
final class SyntheticClock: JournalClock {
    private var wallMicroseconds: Int64
    private var monotonicNanoseconds: UInt64 = 1_000_000_000
    private let stepMicroseconds: Int64

    /// A clock at `wallMicroseconds` moving `stepMicroseconds` (at least 0) per reading.
    init(wallMicroseconds: Int64, stepMicroseconds: Int64) {
        self.wallMicroseconds = wallMicroseconds
        self.stepMicroseconds = max(0, stepMicroseconds)
    }

    func now() -> JournalInstant {
        let reading = JournalInstant(
            wallMicroseconds: wallMicroseconds, monotonicNanoseconds: monotonicNanoseconds,
            bootID: "shodo-bench")
        wallMicroseconds += stepMicroseconds
        monotonicNanoseconds += UInt64(stepMicroseconds) * 1000
        return reading
    }
}
