/// The ways a run can leave its runbook's straight path, as the review lists them.
public enum DeviationKind: String, Sendable, Hashable, CaseIterable {
    /// `step.skipped` (with its reason).
    case skipped
    /// `step.unable`: the operator tried and could not (with its reason).
    case couldNotDo
    /// `check.failed` (with its reason).
    case checkFailed
    /// `step.back`.
    case wentBack
    /// `run.ended` with outcome `aborted`.
    case aborted
    /// `wait.ended` with `early: true`.
    case waitEndedEarly
    /// `journal.recovered`: after a crash, a torn end was cut off or records left unwritten were completed on resume.
    case journalRecovered
    /// `clock.stepped`: the wall clock went back during the run.
    case clockStepped
}
