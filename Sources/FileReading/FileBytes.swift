import Foundation

/// Files and directories read with plain POSIX calls: a start of the terminal
/// UI lists the runbook directories and reads the library cache, and
/// Foundation's `Data(contentsOf:)` and `contentsOfDirectory` spend several
/// times as long.
///
/// The one way Shodo opens a file someone named to be read: without blocking,
/// and only if it is a regular file, so a FIFO, device or socket given as a
/// runbook, a key or a journal is an error rather than a hang. Runbooks, the
/// library cache, key files and journals are all opened here.
public enum FileBytes {
    public enum Failure: Error, Equatable, Sendable {
        case system(errno: Int32)
        case directory
        /// A FIFO, a device or a socket: reading one could block or never end.
        case notRegular
        case tooLarge(limit: Int)

        /// Whether nothing is at the path.
        public var isMissing: Bool {
            if case .system(errno: ENOENT) = self { return true }
            return false
        }

        /// In the words diagnostics use.
        public var reason: String {
            switch self {
            case .system(let code):
                code == ENOENT ? "no such file" : String(cString: strerror(code))
            case .directory: "it is a directory"
            case .notRegular: "not a regular file"
            case .tooLarge(let limit): "larger than \(limit >> 20) MiB"
            }
        }
    }

    /// Runbooks, contacts and the cache are kilobytes; a path given by mistake
    /// to something huge must be an error, not all of memory.
    public static let defaultLimit = 16 << 20

    /// Opens `path` with `flags` plus `O_NONBLOCK` (so opening a FIFO cannot wait
    /// for a writer), refuses anything but a regular file, then clears
    /// `O_NONBLOCK` again. The caller closes the descriptor.
    public static func openRegularFile(_ path: String, flags: Int32 = O_RDONLY | O_CLOEXEC)
        -> Result<Int32, Failure>
    {
        var descriptor: Int32
        repeat {
            descriptor = open(path, flags | O_NONBLOCK)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return .failure(.system(errno: errno)) }
        var status = stat()
        let kind: Failure? =
            if fstat(descriptor, &status) != 0 {
                .system(errno: errno)
            } else {
                switch status.st_mode & S_IFMT {
                case S_IFREG: nil
                case S_IFDIR: .directory
                default: .notRegular
                }
            }
        if let kind {
            close(descriptor)
            return .failure(kind)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success(descriptor)
    }

    /// The whole of a regular file of at most `limit` bytes, opened with `openRegularFile`.
    public static func read(path: String, limit: Int = defaultLimit) -> Result<[UInt8], Failure> {
        let descriptor: Int32
        switch openRegularFile(path) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errno: errno)) }
        guard status.st_size <= limit else { return .failure(.tooLarge(limit: limit)) }
        // One byte more than the size, so a file that grew meanwhile is read whole (up to the limit).
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var used = 0
        while true {
            if used == bytes.count {
                guard used <= limit else { return .failure(.tooLarge(limit: limit)) }
                bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                readSome(descriptor, buffer.baseAddress.map { $0 + used }, buffer.count - used)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno: errno))
            }
            if count == 0 { break }
            used += count
        }
        guard used <= limit else { return .failure(.tooLarge(limit: limit)) }
        bytes.removeSubrange(used...)
        return .success(bytes)
    }
}

extension FileBytes {
    /// Replaces `path` with `bytes` in a file only its owner can read or write (0600
    /// whatever the umask): written to `<path>.<pid>.tmp` beside it (never through a
    /// symbolic link) and renamed over it, so a reader never sees half a file. False
    /// when it could not be written; the temporary file is then removed.
    @discardableResult
    public static func replacePrivately(_ path: String, with bytes: [UInt8]) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(
            temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        // The umask only narrows the mode open() gives; a file left by an earlier process keeps its own.
        var written = fchmod(descriptor, 0o600) == 0
        var offset = 0
        while written, offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            written = count > 0
            offset += max(0, count)
        }
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The names in `directory` except `.` and `..`, unsorted; or why it cannot be listed.
    public static func names(inDirectory directory: String) -> Result<[String], Failure> {
        guard let stream = opendir(directory) else { return .failure(.system(errno: errno)) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.baseAddress.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) }
                    ?? ""
            }
            if name != "." && name != ".." && !name.isEmpty { names.append(name) }
        }
        return .success(names)
    }
}

/// read(2), named apart from the many `read` methods in this module.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
    read(descriptor, buffer, count)
}
