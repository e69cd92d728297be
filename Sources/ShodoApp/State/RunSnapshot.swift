import RunEngine
import RunbookModel

/// What the screens need to know about the open run, copied from `JournaledRun`
/// after every recorded action, so that drawing stays a pure function of `AppState`.
public struct RunSnapshot: Hashable, Sendable {
    /// The current step as shown (nil once the run has ended).
    public var presentation: StepPresentation?
    /// Steps done, skipped and failed so far.
    public var tally: StepTally
    /// Running, paused or ended (with the outcome).
    public var status: RunStatus
    /// The verification code of the last line on disk.
    public var verificationCode: String
    /// Who is acting.
    public var operatorName: String
    /// The journal file.
    public var journalPath: String
    /// The title of the runbook the run started with.
    public var rootTitle: String
    /// When `run.started` was journaled (wall clock, µs since 1970).
    public var startedAtMicroseconds: Int64
    /// Seconds left on the current countdown, if the step is a wait.
    public var waitSecondsLeft: Int?
    /// How many times the run has moved (its history length): a new value means a new step visit.
    public var visit: Int
    /// When the run was seen to end (µs since 1970), so the end screen's elapsed time stands still.
    public var endedAtMicroseconds: Int64?

    /// A snapshot from its values.
    public init(
        presentation: StepPresentation?, tally: StepTally, status: RunStatus,
        verificationCode: String,
        operatorName: String, journalPath: String, rootTitle: String, startedAtMicroseconds: Int64,
        waitSecondsLeft: Int?, visit: Int, endedAtMicroseconds: Int64? = nil
    ) {
        self.presentation = presentation
        self.tally = tally
        self.status = status
        self.verificationCode = verificationCode
        self.operatorName = operatorName
        self.journalPath = journalPath
        self.rootTitle = rootTitle
        self.startedAtMicroseconds = startedAtMicroseconds
        self.waitSecondsLeft = waitSecondsLeft
        self.visit = visit
        self.endedAtMicroseconds = endedAtMicroseconds
    }

    /// The outcome, once the run has ended.
    public var outcome: RunOutcome? {
        if case .ended(let outcome) = status { return outcome }
        return nil
    }

    /// Whether actions may still be recorded (running, not paused or ended).
    public var isOpen: Bool { status == .running }
}
