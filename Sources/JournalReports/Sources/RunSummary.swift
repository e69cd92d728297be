/// One run found in a journal: from `run.started` to `run.ended`, or still open.
public struct RunSummary: Sendable, Hashable {
    /// `run.started`.
    public let start: RecordReference
    /// `runbook` of `run.started`.
    public let runbook: String
    /// `run.ended`, when the run ended.
    public internal(set) var end: RecordReference?
    /// `outcome` of `run.ended`.
    public internal(set) var outcome: String?
    /// The run's last record (sign-offs and seals, written about the run, not counted).
    public internal(set) var lastRecord: RecordReference

    /// Whether the run has not ended (it is pending).
    public var isOpen: Bool { end == nil }

    /// Whether the last record of an open run is `run.paused`.
    public var isPaused: Bool { isOpen && lastRecord.kind == "run.paused" }
}
