import JournalVocabulary

/// The `timestamp_desc` (Timesketch) and `type` (l2tcsv) of each record kind.
enum TimestampDescription {
    private static let known: [RecordKind: String] = [
        .journalOpen: "Journal Opened",
        .runStarted: "Run Started",
        .stepDone: "Step Completed",
        .stepSkipped: "Step Skipped",
        .stepUnable: "Step Could Not Be Done",
        .milestoneReached: "Milestone Reached",
        .checkConfirmed: "Check Confirmed",
        .checkFailed: "Check Failed",
        .choiceMade: "Choice Made",
        .valueEntered: "Value Entered",
        .contactAttempted: "Contact Attempted",
        .waitStarted: "Wait Started",
        .waitEnded: "Wait Ended",
        .commandResult: "Command Result Recorded",
        .evidenceSaved: "Evidence Saved",
        .noteAdded: "Note Added",
        .stepBack: "Went Back A Step",
        .runPaused: "Run Paused",
        .runResumed: "Run Resumed",
        .runEnded: "Run Ended",
        .injectDelivered: "Drill Inject Delivered",
        .journalRecovered: "Journal Recovered",
        .clockStepped: "Wall Clock Stepped",
        .seal: "Journal Sealed",
        .journalClose: "Journal Closed",
        .reviewSigned: "Review Signed",
    ]

    /// The description of `kind`; an unknown kind is named as it is (`Journal Record: x.y`).
    static func of(_ kind: String) -> String {
        RecordKind(rawValue: kind).flatMap { known[$0] } ?? "Journal Record: \(kind)"
    }

    /// The description of the verdict row that heads every row export.
    static let verdict = "Journal Verification"
}
