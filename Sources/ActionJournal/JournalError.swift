#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What went wrong with a journal, each case naming the file (and line where there is one).
public indirect enum JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another writer (this process or another) holds the journal's lock.
    case lockedByAnotherProcess(path: String)
    /// `create` found a file already at the path; journals are never overwritten.
    case alreadyExists(path: String)
    /// There is no journal at the path.
    case notFound(path: String)
    /// The file could not be opened for another reason.
    case openFailed(path: String, errno: Int32)
    /// A directory, FIFO, device or socket was given as a journal.
    case notARegularFile(path: String, reason: String)
    /// Reading the file failed.
    case readFailed(path: String, errno: Int32)
    /// A record is in a newer format version than this program reads.
    case newerFormat(path: String, line: Int, version: Int64)
    /// A complete line does not verify; the file was left untouched.
    case corrupt(path: String, line: Int, reason: String)
    /// The file holds no complete record, so it has no journal id to continue.
    case noCompleteRecord(path: String)
    /// `write()` failed; the writer is now failed for good.
    case writeFailed(path: String, errno: Int32)
    /// `write()` wrote only part of a line; the writer is now failed for good.
    case shortWrite(path: String, written: Int, expected: Int)
    /// `fdatasync`/`fsync` failed, so the record may not be on disk; failed for good.
    case syncFailed(path: String, errno: Int32)
    /// An earlier write or sync failed; no further record is accepted on this writer.
    case writerFailed(path: String, firstFailure: JournalError)
    /// The writer was closed.
    case writerClosed(path: String)
    /// The clock gave a reading the journal cannot record (nothing was written).
    case clockUnusable(path: String, reason: String)
    /// Cutting off a torn tail failed; the file may still hold it.
    case recoveryFailed(path: String, reason: String)
    /// The journal directory cannot be created or written.
    case directoryNotWritable(path: String, reason: String)
    /// Every user may write to the journal directory (and it has no sticky bit), so
    /// anyone could delete or replace the journals in it.
    case directoryWorldWritable(path: String, mode: mode_t)
    /// Listing the journal directory failed.
    case directoryUnreadable(path: String, errno: Int32)
    /// A payload member uses a name the format reserves.
    case reservedMemberName(String)
    /// A payload names the same member twice.
    case duplicateMemberName(String)
    /// A payload value cannot be written as JSON (a NaN or infinite number).
    case invalidMemberValue(name: String, reason: String)
    /// A part of a journal file name would escape the directory or is empty.
    case invalidFileNameComponent(String)
    /// The journal is sealed and no sealing was given to continue it, or the reverse.
    case sealingMismatch(path: String, journalIsSealed: Bool)
    /// The sealing hook failed to produce a MAC; nothing was written, the writer is failed.
    case sealingFailed(path: String, reason: String)
    /// The record would make a line longer than any reader accepts; nothing was
    /// written and the writer stays usable.
    case recordTooLong(path: String, bytes: Int, limit: Int)
    /// A record was to be appended after the run to a finished sealed journal, and no
    /// first key (`K_0`) was given; nothing was written.
    case firstKeyRequired(path: String)
    /// The first key given cannot seal this journal (unreadable, or not its key); nothing was written.
    case firstKeyUnusable(keyPath: String, journalPath: String, reason: String)

    /// One English sentence saying what happened and where.
    public var description: String {
        switch self {
        case .lockedByAnotherProcess(let path):
            return
                "\(path): another Shodo process is writing this journal (it is locked); close it first"
        case .alreadyExists(let path):
            return "\(path): a journal with this name already exists; it was not touched"
        case .notFound(let path):
            return "\(path): no such journal"
        case .openFailed(let path, let code):
            return "\(path): cannot open the journal: \(Self.systemMessage(code))"
        case .notARegularFile(let path, let reason):
            return "\(path): cannot read it as a journal: \(reason)"
        case .readFailed(let path, let code):
            return "\(path): cannot read the journal: \(Self.systemMessage(code))"
        case .newerFormat(let path, let line, let version):
            return
                "\(path), line \(line): written in journal format \(version); this program reads format 1 only"
        case .corrupt(let path, let line, let reason):
            return
                "\(path), line \(line): the journal is corrupt (\(reason)); it was left untouched, start a new journal"
        case .noCompleteRecord(let path):
            return "\(path): the journal holds no complete record; start a new journal"
        case .writeFailed(let path, let code):
            return
                "\(path): writing the journal failed: \(Self.systemMessage(code)); nothing more can be recorded"
        case .shortWrite(let path, let written, let expected):
            return
                "\(path): only \(written) of \(expected) bytes of a record were written; nothing more can be recorded"
        case .syncFailed(let path, let code):
            return
                "\(path): flushing the journal to disk failed: \(Self.systemMessage(code)); the last record may be lost and nothing more can be recorded"
        case .writerFailed(let path, let firstFailure):
            return
                "\(path): the journal stopped accepting records after an earlier failure: \(firstFailure)"
        case .writerClosed(let path):
            return "\(path): the journal writer is closed"
        case .clockUnusable(let path, let reason):
            return "\(path): the clock cannot be recorded: \(reason); nothing was written"
        case .recoveryFailed(let path, let reason):
            return "\(path): recovering the torn end of the journal failed: \(reason)"
        case .directoryNotWritable(let path, let reason):
            return "\(path): the journal directory is not usable: \(reason)"
        case .directoryWorldWritable(let path, let mode):
            return "\(path): every user on this machine may write to this journal directory (mode "
                + String(mode & 0o7777, radix: 8)
                + "), so anyone could delete or replace its journals; "
                + "make it private (chmod 700 \(path)) or choose another with --journal-dir"
        case .directoryUnreadable(let path, let code):
            return "\(path): cannot list the journal directory: \(Self.systemMessage(code))"
        case .reservedMemberName(let name):
            return "the payload member name \"\(name)\" is reserved by the journal format"
        case .duplicateMemberName(let name):
            return "the payload names the member \"\(name)\" twice"
        case .invalidMemberValue(let name, let reason):
            return "the payload member \"\(name)\" cannot be recorded: \(reason)"
        case .invalidFileNameComponent(let text):
            return
                "\"\(text)\" cannot be part of a journal file name (use letters, digits, '.', '_' and '-')"
        case .sealingMismatch(let path, let journalIsSealed):
            return journalIsSealed
                ? "\(path): the journal is sealed and no sealing key was given to continue it"
                : "\(path): the journal is not sealed, so it cannot be continued with a sealing key"
        case .sealingFailed(let path, let reason):
            return "\(path): sealing a record failed: \(reason); nothing more can be recorded"
        case .recordTooLong(let path, let bytes, let limit):
            return
                "\(path): a record of \(bytes) bytes is longer than the \(limit) bytes a journal line may have;"
                + " nothing was written"
        case .firstKeyRequired(let path):
            return
                "\(path): the journal is sealed and its run is finished, so its own key is erased; give the first "
                + "key with --key FILE (the K_0 file made by `shodo journal keygen`) to add a record; nothing was written"
        case .firstKeyUnusable(let keyPath, let journalPath, let reason):
            return
                "\(keyPath): cannot seal \(journalPath) with this key: \(reason); nothing was written"
        }
    }

    private static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text) + " (errno \(code))"
    }
}
