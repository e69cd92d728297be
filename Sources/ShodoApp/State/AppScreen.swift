/// Which screen fills the terminal.
public enum AppScreen: Hashable, Sendable {
    /// The operator's name, before anything else.
    case operatorEntry
    /// An unfinished run was found: resume it or start anew.
    case resumeOffer(ResumeOffer)
    /// 「何が起きましたか？」: the runbooks' triggers.
    case triage
    /// Every runbook, searchable.
    case runbookList
    /// Every journal in the journal directory, newest first, with its verdict.
    case journalBrowser
    /// One journal's records, its verdict at the top.
    case journalTimeline
    /// A drill journal's after-action summary (`DrillSummary`), opened from the browser.
    case drillSummary
    /// The current step of the open run.
    case step
    /// The run was paused with `p`; Enter resumes it.
    case paused
    /// The run has ended: outcome, tally and verification code.
    case end
    /// The journal failed: nothing else is possible (the text says what failed).
    case journalError(String)
}
