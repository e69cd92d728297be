import ActionJournal

/// Evidence recorded by `evidence.saved`: its SHA-256 and the rest of its payload.
public struct EvidenceItem: Sendable, Hashable {
    /// The record.
    public let reference: RecordReference
    /// `evidence_sha256` (or `sha256`), when recorded.
    public let sha256: String?
    /// The other payload members as `name: value` text.
    public let details: [String]
}
