import JournalVocabulary

/// One record of a journal as a row of the timeline.
public struct JournalTimelineRecord: Hashable, Sendable {
    /// The line in the file, from 1 (the verdict names lines).
    public var lineNumber: Int
    /// `seq`.
    public var sequence: Int
    /// The record's time as the operator reads it (`HH:MM:SS`, local zone).
    public var timeText: String
    /// Who acted.
    public var actor: String
    /// `kind`, e.g. `step.done`.
    public var kind: String
    /// `msg`.
    public var message: String
    /// `outcome`, on `run.ended`.
    public var outcome: String?

    /// A row from its shown values.
    public init(
        lineNumber: Int, sequence: Int, timeText: String, actor: String, kind: String,
        message: String, outcome: String? = nil
    ) {
        self.lineNumber = lineNumber
        self.sequence = sequence
        self.timeText = timeText
        self.actor = actor
        self.kind = kind
        self.message = message
        self.outcome = outcome
    }

    /// `kind` as this program knows it; nil for a kind it does not.
    public var recordKind: RecordKind? { RecordKind(rawValue: kind) }
}
