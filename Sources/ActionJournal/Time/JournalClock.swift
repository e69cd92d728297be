/// Where the writer gets the time of each record; live or manual in tests.
public protocol JournalClock {
    /// The current wall-clock and monotonic readings with the boot id.
    func now() -> JournalInstant
}
