import JournalVocabulary

/// When a sealed journal closes an epoch with a `seal` record (docs/journal.md "The key schedule (exact)").
///
/// An epoch ends after at most 50 records or 15 minutes, measured by the journal's own
/// clock from the epoch's first record. The writer closes it just before the record
/// that would exceed either bound, on `JournalWriter.sealIfDue` (an idle timer), at a
/// pause and at the end; the verifier reports an epoch with more than 50 records.
public enum SealingPolicy {
    /// The kind of the record that closes an epoch.
    public static let sealKind = RecordKind.seal.rawValue
    /// The most records (seals not counted) an epoch may hold.
    public static let maximumRecordsPerEpoch = 50
    /// The longest an epoch stays open once it holds a record, in microseconds.
    public static let maximumEpochMicroseconds: Int64 = 15 * 60 * 1_000_000

    /// Microseconds from `start` to `now`: by the monotonic clock within one boot, by the
    /// wall clock across a reboot (the monotonic clock restarts there).
    static func elapsedMicroseconds(from start: JournalInstant, to now: JournalInstant) -> Int64 {
        guard start.bootID == now.bootID else {
            return now.wallMicroseconds - start.wallMicroseconds
        }
        guard now.monotonicNanoseconds >= start.monotonicNanoseconds else { return 0 }
        return Int64(clamping: (now.monotonicNanoseconds - start.monotonicNanoseconds) / 1000)
    }
}
