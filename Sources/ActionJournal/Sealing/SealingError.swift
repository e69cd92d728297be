#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What went wrong with a sealing key file: the machine key, a journal's key, `K_0`.
public enum SealingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not hold what it must; `reason` says what is wrong.
    case malformedKeyFile(path: String, reason: String)
    /// The file could not be read, written, renamed or removed.
    case fileFailed(path: String, action: String, errno: Int32)
    /// The file exists and the caller did not ask to replace it.
    case alreadyExists(path: String)
    /// Something other than a regular file is at the path (a symlink, device, FIFO or directory).
    case notARegularFile(path: String, found: String)
    /// There is no machine key, so there is nothing to seal with.
    case noMachineKey(path: String)
    /// A journal's key file does not belong to the journal it sits next to.
    case keyDoesNotFitJournal(path: String, reason: String)
    /// The sealing was used after its final seal erased the key.
    case keyErased

    /// One English sentence saying what happened and where.
    public var description: String {
        switch self {
        case .malformedKeyFile(let path, let reason):
            return "\(path): not a Shodo seal key file: \(reason)"
        case .fileFailed(let path, let action, let code):
            let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
            return "\(path): cannot \(action): \(text) (errno \(code))"
        case .alreadyExists(let path):
            return "\(path): already exists; it was left untouched (use --force to replace it)"
        case .notARegularFile(let path, let found):
            return
                "\(path): \(found); it was left untouched (a key file is only ever a regular file)"
        case .noMachineKey(let path):
            return "\(path): no machine seal key (create one with `shodo journal keygen -o FILE`)"
        case .keyDoesNotFitJournal(let path, let reason):
            return "\(path): this journal key does not fit its journal: \(reason)"
        case .keyErased:
            return "the journal's seal key was already erased after its final seal"
        }
    }
}
