import Foundation

/// One record as read from a journal line (or as just appended).
public struct JournalRecord: Sendable, Hashable {
    /// The line in the file, from 1.
    public let lineNumber: Int
    /// `seq`: 0 for `journal.open`, then one more per record.
    public let seq: Int
    /// `jid`: the journal's id.
    public let jid: UUID
    /// `ts` exactly as written (RFC 3339 UTC with microseconds).
    public let timestamp: String
    /// `ts` as microseconds since 1970-01-01T00:00:00Z.
    public let wallMicroseconds: Int64
    /// `mono_ns`: the monotonic clock, meaningful within `boot`.
    public let monoNanoseconds: UInt64
    /// `boot`: the kernel boot id when the record was written.
    public let boot: String
    /// `actor`: the operator's name.
    public let actor: String
    /// `kind`, e.g. `step.done`.
    public let kind: String
    /// `msg`: the human-readable line.
    public let message: String
    /// Every member of the prefix in file order, from `v` to `prev`, payload included.
    public let members: [JSONMember]
    /// `h`: the record's hash as 64 lowercase hex digits.
    public let recordHash: String
    /// `mac` when the journal is sealed.
    public let mac: String?

    /// A record from its parts; the reader and the writer build these.
    public init(
        lineNumber: Int, seq: Int, jid: UUID, timestamp: String, wallMicroseconds: Int64,
        monoNanoseconds: UInt64, boot: String, actor: String, kind: String, message: String,
        members: [JSONMember], recordHash: String, mac: String?
    ) {
        self.lineNumber = lineNumber
        self.seq = seq
        self.jid = jid
        self.timestamp = timestamp
        self.wallMicroseconds = wallMicroseconds
        self.monoNanoseconds = monoNanoseconds
        self.boot = boot
        self.actor = actor
        self.kind = kind
        self.message = message
        self.members = members
        self.recordHash = recordHash
        self.mac = mac
    }
}
