import Foundation

/// A whole file's bytes, read with plain POSIX calls: a start of the terminal
/// UI reads every runbook and the library cache, and Foundation's
/// `Data(contentsOf:)` spends several times as long per file.
enum FileBytes {
    enum Failure: Error {
        case system(errno: Int32)
        case directory
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

/// read(2), named apart from the many `read` methods in this module.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
