/// The `timestamp_desc` (Timesketch) and `type` (l2tcsv) of each record kind.
enum TimestampDescription {
    private static let known: [String: String] = [
        "journal.open": "Journal Opened",
        "run.started": "Run Started",
        "step.done": "Step Completed",
        "step.skipped": "Step Skipped",
        "step.unable": "Step Could Not Be Done",
        "milestone.reached": "Milestone Reached",
        "check.confirmed": "Check Confirmed",
        "check.failed": "Check Failed",
        "choice.made": "Choice Made",
        "value.entered": "Value Entered",
        "contact.attempted": "Contact Attempted",
        "wait.started": "Wait Started",
        "wait.ended": "Wait Ended",
        "command.result": "Command Result Recorded",
        "evidence.saved": "Evidence Saved",
        "note.added": "Note Added",
        "step.back": "Went Back A Step",
        "run.paused": "Run Paused",
        "run.resumed": "Run Resumed",
        "run.ended": "Run Ended",
        "inject.delivered": "Drill Inject Delivered",
        "journal.recovered": "Journal Recovered",
        "clock.stepped": "Wall Clock Stepped",
        "seal": "Journal Sealed",
        "journal.close": "Journal Closed",
        "review.signed": "Review Signed",
    ]

    /// The description of `kind`; an unknown kind is named as it is (`Journal Record: x.y`).
    static func of(_ kind: String) -> String {
        known[kind] ?? "Journal Record: \(kind)"
    }

    /// The description of the verdict row that heads every row export.
    static let verdict = "Journal Verification"
}
