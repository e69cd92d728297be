/// What recovery did with a torn final line: where the bytes went and the record noting it.
public struct TornTailRecovery: Sendable, Hashable {
    /// The line the torn bytes would have been.
    public let line: Int
    /// How many bytes were cut off.
    public let discardedBytes: Int64
    /// SHA-256 of those bytes, lowercase hex.
    public let discardedSHA256: String
    /// The file holding a copy of them, `<journal>.torn-<UTC time>`.
    public let tornCopyPath: String
    /// The `journal.recovered` record appended after cutting.
    public let record: JournalRecord

    /// A recovery description.
    public init(
        line: Int, discardedBytes: Int64, discardedSHA256: String, tornCopyPath: String,
        record: JournalRecord
    ) {
        self.line = line
        self.discardedBytes = discardedBytes
        self.discardedSHA256 = discardedSHA256
        self.tornCopyPath = tornCopyPath
        self.record = record
    }
}
