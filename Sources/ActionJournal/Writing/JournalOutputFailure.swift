/// A failed system call of a `JournalOutput`, with its `errno`.
public struct JournalOutputFailure: Error, Sendable, Hashable {
    /// The `errno` of the failed call.
    public let errno: Int32

    /// A failure with `errno`.
    public init(errno: Int32) { self.errno = errno }
}
