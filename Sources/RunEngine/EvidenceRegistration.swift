/// An item of evidence the operator registers (docs/journal.md "Evidence and the reviewer's records").
///
/// The engine numbers it (`E1`, `E2`, … per journal) and journals `evidence.saved`; the
/// session fills in who holds it and where, and for a file its size and SHA-256, since
/// the engine reads no files.
public struct EvidenceRegistration: Sendable, Hashable {
    /// What the item is, as the operator described it (for a file it may be empty).
    public var description: String
    /// Who holds the item now: the operator who registered it.
    public var custodian: String
    /// Where the item is: the terminal (host) it was registered on.
    public var location: String
    /// The file, when the evidence is one.
    public var file: EvidenceFileFacts?

    public init(
        description: String, custodian: String, location: String, file: EvidenceFileFacts? = nil
    ) {
        self.description = description
        self.custodian = custodian
        self.location = location
        self.file = file
    }
}

/// A file registered as evidence, hashed where it lies.
public struct EvidenceFileFacts: Sendable, Hashable {
    /// The file's absolute path.
    public var path: String
    /// Its size in bytes when it was hashed.
    public var bytes: Int
    /// The SHA-256 of its contents, 64 lowercase hex digits.
    public var sha256: String

    public init(path: String, bytes: Int, sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}
