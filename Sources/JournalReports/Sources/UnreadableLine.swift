/// A complete line of a journal that is not a readable record; skipped, never repaired.
public struct UnreadableLine: Sendable, Hashable {
    /// The journal it is in.
    public let path: String
    /// The line, from 1.
    public let line: Int
    /// Why it could not be read.
    public let reason: String
}
