import FileReading
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directory journals live in: prepared before a run, named and listed here.
public struct JournalDirectory: Sendable, Hashable {
    /// The directory's path.
    public let path: String

    /// Creates `path` (and missing parents) with mode 0700 and proves it writable by
    /// creating and removing a probe file, so a run never starts without a place to
    /// write its journal. Throws `.directoryNotWritable` with the reason, and
    /// `.directoryWorldWritable` for a directory every user may write to without the
    /// sticky bit (like `/tmp` has): there anyone could delete or swap the evidence.
    public static func prepare(path: String) throws(JournalError) -> JournalDirectory {
        try createDirectories(path)
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IWOTH != 0, status.st_mode & S_ISVTX == 0 {
            throw .directoryWorldWritable(path: path, mode: status.st_mode)
        }
        let probe = path + "/.shodo-probe-\(getpid())-\(UUID().uuidString.lowercased())"
        switch SystemFiles.open(probe, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o600)
        {
        case .success(let descriptor):
            SystemFiles.close(descriptor)
            _ = unlink(probe)
        case .failure(let failure):
            throw .directoryNotWritable(
                path: path,
                reason: "cannot create a file there: \(String(cString: strerror(failure.errno)))")
        }
        return JournalDirectory(path: path)
    }

    /// A drill's journal starts with `DRILL-` (docs/drill-scenario.md "Journal of a drill"), so no listing can
    /// take it for a real incident's.
    public static let drillPrefix = "DRILL-"

    /// `YYYYMMDDTHHMMSSZ-<label>-<first 8 of jid>.jsonl` (`DRILL-` first for a drill); `label` is the runbook id,
    /// which may hold only letters, digits, '.', '_' and '-' and not start with '.'.
    public static func fileName(
        startedAtMicroseconds: Int64, label: String, jid: UUID, isDrill: Bool = false
    ) throws(JournalError) -> String {
        let allowed = label.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (CharacterSet.alphanumerics.contains(scalar)
                    || "._-".unicodeScalars.contains(scalar))
        }
        guard !label.isEmpty, allowed, !label.hasPrefix(".") else {
            throw .invalidFileNameComponent(label)
        }
        let jidPrefix = jid.uuidString.lowercased().prefix(8)
        return (isDrill ? drillPrefix : "") + compactTimestamp(microseconds: startedAtMicroseconds)
            + "-" + label + "-"
            + jidPrefix + ".jsonl"
    }

    /// The full path of a new journal in this directory (see `fileName`).
    public func journalPath(
        startedAtMicroseconds: Int64, label: String, jid: UUID, isDrill: Bool = false
    ) throws(JournalError) -> String {
        path + "/"
            + (try Self.fileName(
                startedAtMicroseconds: startedAtMicroseconds, label: label, jid: jid,
                isDrill: isDrill))
    }

    /// The `.jsonl` files in the directory, newest first (by the time in their names, past any `DRILL-`,
    /// which sorts as text).
    public func journalPaths() throws(JournalError) -> [String] {
        let names: [String]
        switch FileBytes.names(inDirectory: path) {
        case .success(let all): names = all.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
        case .failure(.system(let code)): throw .directoryUnreadable(path: path, errno: code)
        case .failure: throw .directoryUnreadable(path: path, errno: ENOTDIR)
        }
        func time(_ name: String) -> Substring {
            name.hasPrefix(Self.drillPrefix)
                ? name.dropFirst(Self.drillPrefix.count) : Substring(name)
        }
        return names.sorted { time($0) > time($1) }.map { path + "/" + $0 }
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func compactTimestamp(microseconds: Int64) -> String {
        let full =
            JournalTimestamp.text(microseconds: microseconds) ?? "0000-00-00T00:00:00.000000Z"
        let digits = full.prefix(19).filter { $0 != "-" && $0 != ":" }
        return digits + "Z"
    }

    private static func createDirectories(_ path: String) throws(JournalError) {
        guard !path.isEmpty else {
            throw .directoryNotWritable(path: path, reason: "the path is empty")
        }
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) == 0 || errno == EEXIST { continue }
            throw .directoryNotWritable(
                path: path, reason: "cannot create \(current): \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw .directoryNotWritable(path: path, reason: "it exists but is not a directory")
        }
    }
}
