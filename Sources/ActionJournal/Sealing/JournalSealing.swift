/// The hook through which a sealed journal gets each record's MAC.
///
/// The writer calls `mac` once per record, in order, with the record's 32-byte hash `H_i`
/// and its kind, and writes the returned `T_i` (32 bytes) as `"mac"` in the tail. Once the
/// line is durable it calls `recordIsDurable`: after a `seal` record, which closes an
/// epoch, the sealing moves to the next key and erases the old one. A journal written
/// without a sealing has no `mac` members at all. The writer, not the sealing, decides
/// when an epoch is closed (`SealingPolicy`).
public protocol JournalSealing: AnyObject {
    /// The MAC of the record whose hash is `recordHash`; throwing fails the writer.
    func mac(forRecordHash recordHash: [UInt8], kind: String) throws -> [UInt8]

    /// `create` made the journal file (exclusively) and has written nothing yet: whatever
    /// a later process needs to continue the journal must be durable now, before the
    /// first record, so a crash at any moment after it leaves a journal that can be
    /// continued. Throwing removes the empty file and fails `create`.
    func journalWasCreated() throws

    /// The line whose MAC was just given is on disk; throwing fails the writer.
    func recordIsDurable(kind: String) throws

    /// `openExisting` verified the journal and passes every record in it, before anything
    /// is appended, so the sealing can align its key with the journal's epoch.
    func continueJournal(_ records: [JournalRecord]) throws

    /// The final epoch was sealed: erase the key wherever it is kept.
    func finish() throws
}

extension JournalSealing {
    /// Nothing to do by default: the key lives only in memory.
    public func journalWasCreated() throws {}

    /// Nothing to do by default: the key does not depend on durability.
    public func recordIsDurable(kind: String) throws {}

    /// Nothing to check by default.
    public func continueJournal(_ records: [JournalRecord]) throws {}

    /// Nothing kept by default.
    public func finish() throws {}
}
