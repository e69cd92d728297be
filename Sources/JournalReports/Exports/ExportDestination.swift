#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens the `-o` target of an export or report, refusing what would lose data.
public enum ExportDestination {
    /// Standard output when `path` is `nil`; otherwise the file, which must not be one of
    /// `journals` (that would destroy the evidence being read) and must not exist unless
    /// `force` is given.
    public static func open(_ path: String?, force: Bool, journals: [String]) throws(ReportError)
        -> ReportOutput
    {
        guard let path else { return .standardOutput() }
        var target = stat()
        if stat(path, &target) == 0 {
            for journal in journals {
                var source = stat()
                if stat(journal, &source) == 0, source.st_dev == target.st_dev,
                    source.st_ino == target.st_ino
                {
                    throw .outputIsJournal(path: path)
                }
            }
            if !force { throw .outputExists(path: path) }
        }
        return try .file(path, replacing: force)
    }
}
