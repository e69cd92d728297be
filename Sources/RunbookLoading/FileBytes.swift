import Foundation

/// Files and directories read with plain POSIX calls: a start of the terminal
/// UI lists the runbook directories and reads the library cache, and
/// Foundation's `Data(contentsOf:)` and `contentsOfDirectory` spend several
/// times as long.
enum FileBytes {
    enum Failure: Error, Equatable {
        case system(errno: Int32)
        case directory
        /// A FIFO, a device or a socket: reading one could block or never end.
        case notRegular
        case tooLarge(limit: Int)

        /// Whether nothing is at the path.
        var isMissing: Bool {
            if case .system(errno: ENOENT) = self { return true }
            return false
        }

        /// In the words diagnostics use.
        var reason: String {
            switch self {
            case .system(let code): code == ENOENT ? "no such file" : String(cString: strerror(code))
            case .directory: "it is a directory"
            case .notRegular: "not a regular file"
            case .tooLarge(let limit): "larger than \(limit >> 20) MiB"
            }
        }
    }

    /// Runbooks, contacts and the cache are kilobytes; a path given by mistake
    /// to something huge must be an error, not all of memory.
    static let defaultLimit = 16 << 20

    /// The whole of a regular file of at most `limit` bytes. Opened without
    /// blocking, so a FIFO among the runbooks is an error rather than a hang.
    static func read(path: String, limit: Int = defaultLimit) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errno: errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        default: return .failure(.notRegular)
        }
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
    /// The names in `directory` except `.` and `..`, unsorted; or why it cannot be listed.
    static func names(inDirectory directory: String) -> Result<[String], Failure> {
        guard let stream = opendir(directory) else { return .failure(.system(errno: errno)) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.baseAddress.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } ?? ""
            }
            if name != "." && name != ".." && !name.isEmpty { names.append(name) }
        }
        return .success(names)
    }
}

/// read(2), named apart from the many `read` methods in this module.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
