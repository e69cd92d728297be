#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the records of a journal one at a time, through a fixed buffer.
///
/// Checks each line's framing (it must be a record of this format) but not the chain:
/// `JournalVerifier` is the judge of integrity. For `show`, `export` and replay.
public final class JournalReader {
    /// The file being read.
    public let path: String
    /// Set once `next()` has returned `nil` when the file ended in a torn line: its size.
    public private(set) var tornFinalLineBytes: Int64?

    private let descriptor: Int32
    private let source: JournalLineSource

    /// Opens `path` for reading; takes no lock.
    public init(path: String) throws(JournalError) {
        descriptor = try SystemFiles.openJournal(path, flags: O_RDONLY | O_CLOEXEC)
        self.path = path
        source = JournalLineSource(descriptor: descriptor)
    }

    deinit { _ = close(descriptor) }

    /// The next record, or `nil` at the end (or at a torn final line). Throws
    /// `.corrupt` / `.newerFormat` for a complete line that is not a version-1 record.
    public func next() throws(JournalError) -> JournalRecord? {
        let item: JournalLineSource.Item?
        do {
            item = try source.next()
        } catch {
            throw .readFailed(path: path, errno: error.errno)
        }
        switch item {
        case nil:
            return nil
        case .unterminatedTail(_, let length, _):
            tornFinalLineBytes = length
            return nil
        case .overlongLine(_, let number):
            throw .corrupt(
                path: path, line: number,
                reason: VerificationProblem.lineTooLong(limit: JournalLineSource.maximumLineLength)
                    .description)
        case .line(let line, _, let number):
            do {
                let scanned = try JournalLineScanner.scan(line, collectingMembers: true)
                return try JournalRecordDecoder.record(line, scanned, lineNumber: number)
            } catch {
                if case .newerFormat(let version) = error {
                    throw .newerFormat(path: path, line: number, version: version)
                }
                throw .corrupt(path: path, line: number, reason: error.description)
            }
        }
    }

    /// Calls `body` with every record in order.
    public func forEach(_ body: (JournalRecord) throws -> Void) throws {
        while let record = try next() { try body(record) }
    }
}
