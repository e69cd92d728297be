import JournalVocabulary

/// One run in a journal: from `run.started` to `run.ended`, or still open.
///
/// `Point` is how a record is cited: a `RecordPoint` in a summary, a report's own
/// reference in the review.
public struct JournalRun<Point: Sendable & Hashable>: Sendable, Hashable {
    /// `run.started`.
    public let start: Point
    /// `runbook` of `run.started`.
    public let runbookID: String
    /// `run.ended`, when the run ended.
    public private(set) var end: Point?
    /// `outcome` of `run.ended`.
    public private(set) var outcome: String?
    /// The run's last record (sign-offs, custody and seals, written about the run, not counted).
    public private(set) var lastRecord: Point
    /// The kind of `lastRecord`.
    public private(set) var lastKind: RecordKind?

    /// A run started at `start`, of runbook `runbookID`.
    public init(start: Point, runbookID: String) {
        self.start = start
        self.runbookID = runbookID
        lastRecord = start
        lastKind = .runStarted
    }

    /// Whether the run has not ended (it is pending).
    public var isOpen: Bool { end == nil }

    /// Whether the last record of an open run is `run.paused`.
    public var isPaused: Bool { isOpen && lastKind == .runPaused }

    /// Takes a record that follows the start in the same journal: `run.ended` (with its
    /// `outcome`) ends the run; a sign-off, annotation, custody transfer or seal is about
    /// the run, not part of it, so a paused run stays paused; anything else is its last record.
    public mutating func take(_ kind: RecordKind?, outcome: String?, at point: Point) {
        guard isOpen else { return }
        switch kind {
        case .runEnded:
            end = point
            self.outcome = outcome
        case .reviewSigned, .reviewAnnotated, .evidenceTransferred, .seal:
            return
        default:
            break
        }
        lastRecord = point
        lastKind = kind
    }
}
