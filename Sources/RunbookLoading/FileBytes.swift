import Foundation

/// Files and directories read with plain POSIX calls: a start of the terminal
/// UI lists the runbook directories and reads the library cache, and
/// Foundation's `Data(contentsOf:)` and `contentsOfDirectory` spend several
/// times as long.
enum FileBytes {
    enum Failure: Error {
        case system(errno: Int32)
        case directory

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
            }
        }
    }

    static func read(path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errno: errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(.directory) }
        // One read more than the size, so a file that grew meanwhile is read whole.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var used = 0
        while true {
            if used == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
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
