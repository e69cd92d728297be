#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The live output: `write(2)` on the journal's `O_APPEND` descriptor, then `fdatasync`.
///
/// It does not own the descriptor; the writer opens, locks and closes it.
public struct FileDescriptorJournalOutput: JournalOutput, Sendable {
    /// The open journal file.
    public let descriptor: Int32
    /// Whether `synchronize` really syncs; off only for generating benchmark files.
    public let isDurable: Bool

    /// An output on `descriptor`; `isDurable: false` skips the sync (never for real runs).
    public init(descriptor: Int32, isDurable: Bool = true) {
        self.descriptor = descriptor
        self.isDurable = isDurable
    }

    /// One `write(2)`; retried only when interrupted before writing anything.
    public func write(_ line: [UInt8]) throws(JournalOutputFailure) -> Int {
        while true {
            let written = line.withUnsafeBytes { bytes in
                #if canImport(Glibc)
                    Glibc.write(descriptor, bytes.baseAddress, bytes.count)
                #else
                    Darwin.write(descriptor, bytes.baseAddress, bytes.count)
                #endif
            }
            if written >= 0 { return written }
            let code = errno
            if code != EINTR { throw JournalOutputFailure(errno: code) }
        }
    }

    /// `fdatasync` (`F_FULLFSYNC` on macOS). An interrupted sync counts as failed: its
    /// outcome is unknown, and the journal never claims what it cannot know.
    public func synchronize() throws(JournalOutputFailure) {
        guard isDurable else { return }
        #if canImport(Darwin)
            let result = fcntl(descriptor, F_FULLFSYNC)
        #else
            let result = fdatasync(descriptor)
        #endif
        if result != 0 { throw JournalOutputFailure(errno: errno) }
    }
}
