/// Every record kind a Shodo journal holds (docs/journal.md, "What a line looks like";
/// docs/drills.md and docs/after-action.md for a drill's own kinds).
///
/// The one place a kind is spelled: code compares and writes `RecordKind`, never the
/// text. A journal may hold kinds this enum does not name (a newer program's); readers
/// keep them as text and pass them over.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    // The journal itself.
    case journalOpen = "journal.open"
    case journalRecovered = "journal.recovered"
    case clockStepped = "clock.stepped"
    case seal = "seal"
    case journalClose = "journal.close"

    // A run.
    case runStarted = "run.started"
    case stepDone = "step.done"
    case stepSkipped = "step.skipped"
    case stepUnable = "step.unable"
    case checkConfirmed = "check.confirmed"
    case checkFailed = "check.failed"
    case choiceMade = "choice.made"
    case valueEntered = "value.entered"
    case contactAttempted = "contact.attempted"
    case waitStarted = "wait.started"
    case waitEnded = "wait.ended"
    case commandResult = "command.result"
    case milestoneReached = "milestone.reached"
    case evidenceSaved = "evidence.saved"
    case noteAdded = "note.added"
    case stepBack = "step.back"
    case runPaused = "run.paused"
    case runResumed = "run.resumed"
    case runEnded = "run.ended"

    // Added after the run by the IT lead (docs/review.md).
    case evidenceTransferred = "evidence.transferred"
    case reviewSigned = "review.signed"
    case reviewAnnotated = "review.annotated"

    // A drill (docs/drills.md) and its after-action work (docs/after-action.md).
    case drillStarted = "drill.started"
    case injectDelivered = "inject.delivered"
    case injectAcknowledged = "inject.acknowledged"
    case drillPaused = "drill.paused"
    case drillResumed = "drill.resumed"
    case observationRecorded = "observation.recorded"
    case decisionRecorded = "decision.recorded"
    case hotWashAnswered = "hotwash.answered"
    case drillEnded = "drill.ended"
    case drillRealWorld = "drill.real-world"
    case improvementRecorded = "improvement.recorded"
    case improvementClosed = "improvement.closed"

    /// The kinds written about a run after it, by the reviewer or the journal itself:
    /// they never count as the incident's last record.
    public static let afterTheRun: Set<RecordKind> = [
        .reviewSigned, .reviewAnnotated, .evidenceTransferred, .improvementClosed, .seal,
        .journalClose,
    ]
}

/// The `kind` of the verdict row every row export opens with: not a journal record,
/// but it sits in the same column as the record kinds.
public enum ExportRowKind {
    public static let verdict = "journal.verdict"
}
