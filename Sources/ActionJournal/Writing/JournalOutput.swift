/// Where the writer's bytes go: one `write` per line, then a sync.
///
/// The live implementation is `FileDescriptorJournalOutput`; tests wrap it to make a
/// write or a sync fail. Errors are the `errno` of the failed call.
public protocol JournalOutput {
    /// Writes `line` with a single call; returns how many bytes the system took.
    func write(_ line: [UInt8]) throws(JournalOutputFailure) -> Int
    /// Makes everything written so far durable (fdatasync; F_FULLFSYNC on macOS).
    func synchronize() throws(JournalOutputFailure)
}
