import Localization
import RunbookModel

/// Everything that decides what a run does next; rebuilt exactly by replay.
public struct RunState: Sendable, Hashable {
    /// The runbook the run was started with.
    public var rootRunbookID: RunbookID
    /// The include stack: the first frame is the root runbook, the last is where
    /// the operator is now. Empty before `run.started`.
    public var frames: [RunFrame]
    /// The include stacks the run stood at before each move, for `back`.
    public var history: [[RunFrame]]
    /// Values entered at input steps, by their `field`.
    public var values: [String: String]
    public var status: RunStatus
    public var tally: StepTally
    /// Milestones reached so far, in the order they were reached (each once).
    public var reachedMilestones: [String]
    /// How many evidence items the run has registered (the next is `E<count + 1>`).
    public var evidenceCount: Int
    /// Language of the `msg` lines and of the texts shown.
    public var language: Language

    /// A run of `runbookID` that has not started yet.
    public init(rootRunbookID: RunbookID, language: Language) {
        self.rootRunbookID = rootRunbookID
        self.frames = []
        self.history = []
        self.values = [:]
        self.status = .notStarted
        self.tally = StepTally()
        self.reachedMilestones = []
        self.evidenceCount = 0
        self.language = language
    }

    /// Where the operator is now, if the run has started and not ended.
    public var currentFrame: RunFrame? { frames.last }

    /// True once `run.ended` has been produced.
    public var hasEnded: Bool {
        if case .ended = status { return true }
        return false
    }
}

/// One runbook on the include stack, and the step of it the operator is at.
public struct RunFrame: Sendable, Hashable {
    public var runbookID: RunbookID
    public var stepID: StepID

    public init(runbookID: RunbookID, stepID: StepID) {
        self.runbookID = runbookID
        self.stepID = stepID
    }
}

/// Whether a run is going, paused or over.
public enum RunStatus: Sendable, Hashable {
    case notStarted
    case running
    case paused
    case ended(RunOutcome)
}

/// How many steps were finished each way, for the end screen and the review.
public struct StepTally: Sendable, Hashable {
    public var done = 0
    public var skipped = 0
    public var failed = 0
    /// Steps the operator could not do ("cannot do").
    public var unable = 0

    public init(done: Int = 0, skipped: Int = 0, failed: Int = 0, unable: Int = 0) {
        self.done = done
        self.skipped = skipped
        self.failed = failed
        self.unable = unable
    }
}
