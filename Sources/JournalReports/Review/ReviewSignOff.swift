/// A sign-off already in a journal (`review.signed`).
public struct ReviewSignOff: Sendable, Hashable {
    /// The record; its time is the time of signing.
    public let reference: RecordReference
    /// `reviewer`.
    public let reviewer: String
    /// `comment`.
    public let comment: String
}
