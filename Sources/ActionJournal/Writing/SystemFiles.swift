import FileReading

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few system calls around files that the journal needs, with `errno` kept.
enum SystemFiles {
    /// `open(2)`, retried when interrupted; returns the descriptor or the errno.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0) -> Result<
        Int32, JournalOutputFailure
    > {
        while true {
            let descriptor = path.withCString { systemOpen($0, flags, mode) }
            if descriptor >= 0 { return .success(descriptor) }
            let code = errno
            if code != EINTR { return .failure(JournalOutputFailure(errno: code)) }
        }
    }

    /// Opens a journal file, turning failures into the journal's errors (not found,
    /// already exists, not a regular file, or the errno). An existing journal is
    /// opened as every file Shodo reads is (`FileBytes.openRegularFile`): a FIFO or
    /// a device given as a journal is an error, not a hang.
    static func openJournal(_ path: String, flags: Int32, mode: mode_t = 0) throws(JournalError)
        -> Int32
    {
        if flags & O_CREAT == 0 {
            switch FileBytes.openRegularFile(path, flags: flags) {
            case .success(let descriptor): return descriptor
            case .failure(let failure) where failure.isMissing: throw .notFound(path: path)
            case .failure(.system(let code)): throw .openFailed(path: path, errno: code)
            case .failure(let failure): throw .notARegularFile(path: path, reason: failure.reason)
            }
        }
        switch open(path, flags: flags, mode: mode) {
        case .success(let descriptor): return descriptor
        case .failure(let failure) where failure.errno == ENOENT: throw .notFound(path: path)
        case .failure(let failure) where failure.errno == EEXIST: throw .alreadyExists(path: path)
        case .failure(let failure): throw .openFailed(path: path, errno: failure.errno)
        }
    }

    /// Takes an exclusive, non-blocking `flock`; `false` when someone else holds it.
    static func lockExclusively(_ descriptor: Int32) -> Result<Bool, JournalOutputFailure> {
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .success(true) }
            let code = errno
            if code == EWOULDBLOCK || code == EAGAIN { return .success(false) }
            if code != EINTR { return .failure(JournalOutputFailure(errno: code)) }
        }
    }

    /// `fsync` of the directory holding `path`, so a new file's name is durable.
    static func synchronizeDirectory(containing path: String) throws(JournalOutputFailure) {
        let directory = parentDirectory(of: path)
        let descriptor: Int32
        switch open(directory, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): throw failure
        }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw JournalOutputFailure(errno: errno) }
    }

    /// The directory part of `path` ("." when there is none).
    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// `pread` until `count` bytes are read or the file ends; returns how many were read.
    static func readFully(
        _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64
    ) throws(JournalOutputFailure) -> Int {
        var total = 0
        while total < buffer.count {
            let result = pread(
                descriptor, buffer.baseAddress.map { $0 + total }, buffer.count - total,
                off_t(offset) + off_t(total))
            if result == 0 { break }
            if result < 0 {
                let code = errno
                if code == EINTR { continue }
                throw JournalOutputFailure(errno: code)
            }
            total += result
        }
        return total
    }

    /// Writes all of `bytes`, retrying partial writes (for new side files, not the journal).
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer)
        throws(JournalOutputFailure)
    {
        var written = 0
        while written < bytes.count {
            let result = write(
                descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            if result < 0 {
                let code = errno
                if code == EINTR { continue }
                throw JournalOutputFailure(errno: code)
            }
            written += result
        }
    }

    private static func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t)
        -> Int32
    {
        #if canImport(Glibc)
            Glibc.open(path, flags, mode)
        #else
            Darwin.open(path, flags, mode)
        #endif
    }
}

extension SystemFiles {
    /// `close(2)`; its result is ignored because the descriptor is gone either way and
    /// every byte that mattered was synced before.
    static func close(_ descriptor: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }
}
