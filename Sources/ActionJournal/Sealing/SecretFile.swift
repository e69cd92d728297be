import FileReading

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small files holding key material: read whole, replaced durably, removed durably.
///
/// Every file is mode 0600. Replacing writes a temporary file in the same directory,
/// syncs it, renames it over the old one and syncs the directory, so after a crash the
/// file holds either the old key or the new one, never a mix or nothing.
enum SecretFile {
    /// Key files are a few lines; anything larger is not one.
    static let maximumLength = 4096

    /// The file's bytes, or `nil` when it does not exist.
    static func read(_ path: String) throws(SealingError) -> [UInt8]? {
        let descriptor: Int32
        switch FileBytes.openRegularFile(path) {
        case .success(let opened): descriptor = opened
        case .failure(let failure) where failure.isMissing: return nil
        case .failure(.system(let code)):
            throw .fileFailed(path: path, action: "open it", errno: code)
        case .failure(let failure): throw .notARegularFile(path: path, found: failure.reason)
        }
        defer { SystemFiles.close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: maximumLength + 1)
        let result = buffer.withUnsafeMutableBytes { raw in
            Result { () throws(JournalOutputFailure) -> Int in
                try SystemFiles.readFully(descriptor, into: raw, at: 0)
            }
        }
        let count: Int
        switch result {
        case .success(let read): count = read
        case .failure(let failure):
            SecretBytes.zero(&buffer)
            throw .fileFailed(path: path, action: "read it", errno: failure.errno)
        }
        guard count <= maximumLength else {
            SecretBytes.zero(&buffer)
            throw .malformedKeyFile(path: path, reason: "it is larger than \(maximumLength) bytes")
        }
        let contents = Array(buffer[0..<count])
        SecretBytes.zero(&buffer)
        return contents
    }

    /// Replaces (or creates) `path` with `contents`, durably, mode 0600. Only a regular
    /// file is replaced: a symlink is never followed (nor replaced), and a device, FIFO,
    /// socket or directory is refused, since renaming over it would put a key where
    /// something else was.
    static func replace(_ path: String, with contents: [UInt8]) throws(SealingError) {
        var status = stat()
        if lstat(path, &status) == 0, let found = kindOtherThanRegularFile(status.st_mode) {
            throw .notARegularFile(path: path, found: found)
        }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try write(temporary, contents, exclusive: true)
        guard rename(temporary, path) == 0 else {
            let code = errno
            _ = unlink(temporary)
            throw .fileFailed(path: path, action: "rename \(temporary) over it", errno: code)
        }
        try synchronizeDirectory(of: path)
    }

    /// Creates `path` with `contents`, durably, mode 0600; `.alreadyExists` if it exists.
    static func create(_ path: String, with contents: [UInt8]) throws(SealingError) {
        try write(path, contents, exclusive: true)
        try synchronizeDirectory(of: path)
    }

    /// Removes `path` (nothing when it is already gone) and syncs its directory.
    static func remove(_ path: String) throws(SealingError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .fileFailed(path: path, action: "remove it", errno: errno)
        }
        try synchronizeDirectory(of: path)
    }

    /// Removes the temporary copies (`<path>.tmp-*`) a crash inside `replace` left
    /// beside `path`: the rename never happened, so `path` itself still holds the
    /// old or the new key, and a stray copy would only keep a key on disk longer.
    static func removeLeftoverTemporaries(of path: String) throws(SealingError) {
        let directory = SystemFiles.parentDirectory(of: path)
        let prefix =
            (path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path)
            + ".tmp-"
        guard case .success(let names) = FileBytes.names(inDirectory: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            try remove(directory + "/" + name)
        }
    }

    /// Whether a file (or anything else) exists at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    private static func write(_ path: String, _ contents: [UInt8], exclusive: Bool)
        throws(SealingError)
    {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW | (exclusive ? O_EXCL : 0)
        let descriptor: Int32
        switch SystemFiles.open(path, flags: flags, mode: 0o600) {
        case .success(let opened): descriptor = opened
        case .failure(let failure) where failure.errno == EEXIST: throw .alreadyExists(path: path)
        case .failure(let failure):
            throw .fileFailed(path: path, action: "create it", errno: failure.errno)
        }
        defer { SystemFiles.close(descriptor) }
        let written = contents.withUnsafeBytes { bytes in
            Result { () throws(JournalOutputFailure) in try SystemFiles.writeAll(descriptor, bytes)
            }
        }
        var failure: Int32?
        if case .failure(let writeFailure) = written { failure = writeFailure.errno }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if let failure {
            _ = unlink(path)
            throw .fileFailed(path: path, action: "write it", errno: failure)
        }
    }

    /// What a non-regular file is, in words; nil for a regular file.
    private static func kindOtherThanRegularFile(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link, not a regular file"
        case S_IFDIR: "a directory, not a regular file"
        case S_IFCHR, S_IFBLK: "a device, not a regular file"
        case S_IFIFO: "a FIFO, not a regular file"
        case S_IFSOCK: "a socket, not a regular file"
        default: "not a regular file"
        }
    }

    private static func synchronizeDirectory(of path: String) throws(SealingError) {
        do {
            try SystemFiles.synchronizeDirectory(containing: path)
        } catch {
            throw .fileFailed(
                path: SystemFiles.parentDirectory(of: path), action: "sync the directory",
                errno: error.errno)
        }
    }
}
