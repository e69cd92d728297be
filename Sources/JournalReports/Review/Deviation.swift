/// One deviation: what happened, where, and the reason the operator gave.
public struct Deviation: Sendable, Hashable {
    /// What kind of deviation.
    public let kind: DeviationKind
    /// The record.
    public let reference: RecordReference
    /// `reason` (or, for a step back, where it went; for recovery, what was cut).
    public let reason: String?
}
