/// One evidence item and who held it when (docs/journal.md "Evidence and the reviewer's records").
public struct CustodyItem: Sendable, Hashable {
    /// `evidence.saved`.
    public let saved: RecordReference
    /// `item` (`E1`…), unique within its journal.
    public let item: String
    public let description: String
    /// `evidence_sha256` (or `sha256`), for a file.
    public let sha256: String?
    /// `path`, for a file.
    public let path: String?
    /// `custodian` when saved.
    public let custodian: String
    /// `location` when saved.
    public let location: String
    /// Each `evidence.transferred` of the item, in order.
    public internal(set) var transfers: [CustodyTransfer] = []

    /// Who holds the item now.
    public var holder: String { transfers.last?.to ?? custodian }
}

/// Custody of an item handed over (`evidence.transferred`).
public struct CustodyTransfer: Sendable, Hashable {
    public let reference: RecordReference
    public let from: String
    public let to: String
    public let note: String
}

/// The reviewer's note on one record (`review.annotated`).
public struct ReviewNote: Sendable, Hashable {
    public let reference: RecordReference
    /// `ref_seq`: the record annotated, in the same journal.
    public let referencedSeq: Int
    public let tags: [String]
    public let comment: String
}
