import ActionJournal
import JournalVocabulary

/// What one journal file says about itself, gathered record by record in one pass:
/// the journal's opening facts, its runs (which runbook, who, started and ended when,
/// the outcome), and its first and last records.
///
/// The one summariser of a journal: resume's list of unfinished runs, the terminal
/// UI's journal browser and the reports all read a journal through it.
public struct JournalSummary: Sendable, Hashable {
    /// The journal's file.
    public let path: String
    /// The facts of `journal.open`, when the first record is one.
    public private(set) var opening: JournalOpening?
    /// The first record read.
    public private(set) var firstRecord: RecordPoint?
    /// The last record read, of any kind.
    public private(set) var lastRecord: RecordPoint?
    /// The step of the last record that named one.
    public private(set) var lastStepID: String?
    /// Every run, in file order.
    public private(set) var runs: [JournalRun<RecordPoint>] = []
    /// How many records were read.
    public private(set) var recordCount = 0
    /// Whether the journal was closed (`journal.close`): nothing more may follow.
    public private(set) var isClosed = false

    /// A summary of `path` with no record taken yet.
    public init(path: String) {
        self.path = path
    }

    /// Takes the journal's next record, in file order.
    public mutating func add(_ record: JournalRecord) {
        let point = RecordPoint(record)
        if firstRecord == nil {
            firstRecord = point
            opening = JournalOpening(record)
        }
        lastRecord = point
        recordCount += 1
        if let step = point.step { lastStepID = step }
        let kind = record.recordKind
        if kind == .journalClose { isClosed = true }
        if kind == .runStarted {
            runs.append(JournalRun(start: point, runbookID: record.string(.runbook) ?? ""))
        } else if !runs.isEmpty {
            runs[runs.count - 1].take(kind, outcome: record.string(.outcome), at: point)
        }
    }

    /// The file name without its directory.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// Whether `journal.open` marks the journal as a drill's.
    public var isDrill: Bool { opening?.isDrill ?? false }

    /// The journal's run: the last one it started.
    public var run: JournalRun<RecordPoint>? { runs.last }

    /// The runbook of the run, when the journal has one.
    public var runbookID: String? { run?.runbookID }

    /// Who ran it: the actor of `run.started`, else of the first record.
    public var operatorName: String? { run?.start.actor ?? firstRecord?.actor }

    /// When the journal was opened (its first record), µs since 1970.
    public var openedMicroseconds: Int64? { firstRecord?.wallMicroseconds }

    /// When the run started (`run.started`), µs since 1970.
    public var runStartedMicroseconds: Int64? { run?.start.wallMicroseconds }

    /// The outcome of `run.ended`; nil while the run is open or when there is none.
    public var outcome: String? { run?.outcome }

    /// Whether the run ended.
    public var hasEnded: Bool { run.map { !$0.isOpen } ?? false }

    /// Whether the journal holds a run that started and has not ended: one that can be resumed.
    public var isUnfinished: Bool { run?.isOpen ?? false }
}
