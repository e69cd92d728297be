import ActionJournal
import JournalVocabulary

/// One record as a summary remembers it: where it is in the file, when, who and what.
public struct RecordPoint: Sendable, Hashable {
    /// The record's line in the file, from 1.
    public let lineNumber: Int
    /// `seq`.
    public let seq: Int
    /// `ts`, µs since 1970.
    public let wallMicroseconds: Int64
    /// `actor`.
    public let actor: String
    /// `kind`, as written.
    public let kind: String
    /// `step`, when the record names one.
    public let step: String?

    /// The point of `record`.
    public init(_ record: JournalRecord) {
        lineNumber = record.lineNumber
        seq = record.seq
        wallMicroseconds = record.wallMicroseconds
        actor = record.actor
        kind = record.kind
        step = record.string(.step)
    }
}
