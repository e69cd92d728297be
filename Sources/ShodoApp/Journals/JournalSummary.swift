import Notation

/// One journal as a row of the journal browser.
public struct JournalSummary: Hashable, Sendable {
    /// The journal's file.
    public var path: String
    /// The file name without the directory.
    public var fileName: String
    /// When the journal was opened (its first record), µs since 1970; nil when no record could be read.
    public var startedAtMicroseconds: Int64?
    /// The start time as the operator reads it, in `recordedOffset`.
    public var startedAtText: String
    /// The offset the journal recorded, which every time of it is shown in.
    public var recordedOffset: RecordedOffset
    /// The runbook of `run.started`, when the journal has one.
    public var runbookID: String?
    /// The actor of `run.started` (else of the first record).
    public var operatorName: String?
    /// The outcome of `run.ended`; nil while the run is open.
    public var outcome: String?
    /// Whether `journal.open` marks the journal as a drill.
    public var isDrill: Bool
    /// What the verifier said.
    public var verdict: JournalVerdict

    /// A summary from its shown values.
    public init(
        path: String, fileName: String, startedAtMicroseconds: Int64?, startedAtText: String, runbookID: String?,
        operatorName: String?, outcome: String?, isDrill: Bool, verdict: JournalVerdict,
        recordedOffset: RecordedOffset = .unknown(nil)
    ) {
        self.path = path
        self.fileName = fileName
        self.startedAtMicroseconds = startedAtMicroseconds
        self.startedAtText = startedAtText
        self.runbookID = runbookID
        self.operatorName = operatorName
        self.outcome = outcome
        self.isDrill = isDrill
        self.verdict = verdict
        self.recordedOffset = recordedOffset
    }
}
