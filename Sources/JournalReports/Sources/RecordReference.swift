import JournalVocabulary

/// Where a finding of the review comes from: the record, citable by journal and `seq`.
public struct RecordReference: Sendable, Hashable {
    /// The source's index.
    public let journalIndex: Int
    /// The record's `seq`.
    public let seq: Int
    /// Its wall time, µs since the epoch.
    public let wallMicroseconds: Int64
    /// Its time in the operator's offset, as shown.
    public let localTime: CivilTime
    /// `actor`: who did it.
    public let actor: String
    /// `kind`.
    public let kind: String
    /// `step`, when the record names one.
    public let step: String?
    /// `msg`.
    public let message: String
    /// `h`.
    public let recordHash: String

    /// The reference of `entry`.
    init(_ entry: TimelineEntry) {
        journalIndex = entry.source.index
        seq = entry.record.seq
        wallMicroseconds = entry.record.wallMicroseconds
        localTime = entry.localTime
        actor = entry.record.actor
        kind = entry.record.kind
        step = entry.record.string(.step)
        message = entry.record.message
        recordHash = entry.record.recordHash
    }
}
