import ActionJournal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What stops a report or an export, each case naming the file concerned.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A journal could not be opened or read (its own error says why).
    case journal(JournalError)
    /// `-o` names a file that exists and `--force` was not given.
    case outputExists(path: String)
    /// `-o` names one of the journals being read; writing would destroy the evidence.
    case outputIsJournal(path: String)
    /// The output file could not be created, written or moved into place.
    case outputFailed(path: String, errno: Int32)
    /// The same journal (same `jid`) was given twice.
    case sameJournalTwice(first: String, second: String)
    /// No journal was given.
    case noJournals
    /// A drill report was asked of a journal that is not a drill's (`drill` not true in `journal.open`).
    case notADrill(path: String)

    /// One English sentence saying what happened and where.
    public var description: String {
        switch self {
        case .journal(let error):
            return error.description
        case .outputExists(let path):
            return "\(path) already exists; add --force to overwrite it"
        case .outputIsJournal(let path):
            return "\(path) is one of the journals being read; choose another output file"
        case .outputFailed(let path, let code):
            let reason = strerror(code).map { String(cString: $0) } ?? "error"
            return "cannot write \(path): \(reason) (errno \(code))"
        case .sameJournalTwice(let first, let second):
            return "\(first) and \(second) are the same journal (same jid); give each journal once"
        case .noJournals:
            return "no journal given"
        case .notADrill(let path):
            return "\(path) is not a drill journal (its journal.open does not say drill: true); "
                + "a real incident's journal is reviewed with `shodo review`, not `shodo drill report`"
        }
    }
}
