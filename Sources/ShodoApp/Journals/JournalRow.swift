import JournalSummaries
import JournalVocabulary
import Notation

/// One journal as a row of the journal browser: its summary, its verdict, and its
/// start as the operator reads it.
public struct JournalRow: Hashable, Sendable {
    /// What the journal says about itself.
    public var journal: JournalSummary
    /// The start time as the operator reads it, in `recordedOffset`; `-` when no record could be read.
    public var startedAtText: String
    /// The offset the journal recorded (`tz` of `journal.open`): every time of the journal is shown in it.
    public var recordedOffset: RecordedOffset
    /// What the verifier said.
    public var verdict: JournalVerdict

    /// The journal's file.
    public var path: String { journal.path }
    /// The file name without the directory.
    public var fileName: String { journal.fileName }
    /// When the journal was opened (its first record), µs since 1970; nil when no record could be read.
    public var startedAtMicroseconds: Int64? { journal.openedMicroseconds }
    /// The runbook of `run.started`, when the journal has one.
    public var runbookID: String? { journal.runbookID }
    /// The actor of `run.started` (else of the first record).
    public var operatorName: String? { journal.operatorName }
    /// The outcome of `run.ended` (its kind when it records none); nil while the run is open.
    public var outcome: String? {
        journal.hasEnded ? journal.outcome ?? RecordKind.runEnded.rawValue : nil
    }
    /// Whether `journal.open` marks the journal as a drill.
    public var isDrill: Bool { journal.isDrill }
}
