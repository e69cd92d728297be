import Crypto
import JournalVocabulary
import Notation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cutting off a torn final line after a crash, keeping a copy.
extension JournalWriter {
    /// Copies the torn bytes to a side file, truncates the journal to the last complete
    /// line, syncs both, and appends `journal.recovered`.
    func recover(_ tornTail: TornTail, actor: String) throws(JournalError) -> TornTailRecovery {
        let copyPath = try createTornCopyFile()
        let digest = try copyTornBytes(tornTail, to: copyPath)
        guard ftruncate(descriptor, off_t(tornTail.offset)) == 0 else {
            throw fail(
                .recoveryFailed(
                    path: path,
                    reason: "cannot truncate the torn line: \(String(cString: strerror(errno)))"))
        }
        guard fsync(descriptor) == 0 else {
            throw fail(.syncFailed(path: path, errno: errno))
        }
        try synchronizeDirectory()
        let copyName = copyPath.split(separator: "/").last.map(String.init) ?? copyPath
        let draft = try RecordDraft(
            kind: .journalRecovered, actor: actor,
            message:
                "recovered after a crash: cut off a torn final line of \(tornTail.length) bytes (copied to \(copyName))",
            payload: [
                JSONMember(.discardedBytes, .integer(tornTail.length)),
                JSONMember(.discardedSHA256, .string(digest)),
                JSONMember(.tornCopy, .string(copyName)),
            ])
        let record = try append(draft)
        return TornTailRecovery(
            line: tornTail.line, discardedBytes: tornTail.length, discardedSHA256: digest,
            tornCopyPath: copyPath, record: record)
    }

    /// Creates `<journal>.torn-<UTC time>` exclusively, adding `-2`, `-3`… if taken.
    private func createTornCopyFile() throws(JournalError) -> String {
        let stamp = JournalDirectory.compactTimestamp(microseconds: clock.now().wallMicroseconds)
        let base = path + ".torn-" + stamp
        for attempt in 1...100 {
            let candidate = attempt == 1 ? base : base + "-\(attempt)"
            switch SystemFiles.open(
                candidate, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: 0o600)
            {
            case .success(let descriptor):
                SystemFiles.close(descriptor)
                return candidate
            case .failure(let failure) where failure.errno == EEXIST:
                continue
            case .failure(let failure):
                throw .recoveryFailed(
                    path: path,
                    reason:
                        "cannot create \(candidate): \(String(cString: strerror(failure.errno)))")
            }
        }
        throw .recoveryFailed(path: path, reason: "too many torn copies named \(base)")
    }

    /// Streams the torn bytes into the copy, hashing them; returns the SHA-256 hex.
    private func copyTornBytes(_ tornTail: TornTail, to copyPath: String) throws(JournalError)
        -> String
    {
        let target: Int32
        switch SystemFiles.open(copyPath, flags: O_WRONLY | O_APPEND | O_CLOEXEC) {
        case .success(let opened): target = opened
        case .failure(let failure):
            throw .recoveryFailed(
                path: path,
                reason: "cannot open \(copyPath): \(String(cString: strerror(failure.errno)))")
        }
        defer { SystemFiles.close(target) }
        var hasher = SHA256()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { chunk.deallocate() }
        var copied: Int64 = 0
        do throws(JournalOutputFailure) {
            while copied < tornTail.length {
                let wanted = Int(min(Int64(chunk.count), tornTail.length - copied))
                let window = UnsafeMutableRawBufferPointer(rebasing: chunk[0..<wanted])
                let count = try SystemFiles.readFully(
                    descriptor, into: window, at: tornTail.offset + copied)
                guard count == wanted else { throw JournalOutputFailure(errno: EIO) }
                let bytes = UnsafeRawBufferPointer(window)
                hasher.update(bufferPointer: bytes)
                try SystemFiles.writeAll(target, bytes)
                copied += Int64(count)
            }
            guard fsync(target) == 0 else { throw JournalOutputFailure(errno: errno) }
        } catch {
            throw .recoveryFailed(
                path: path,
                reason:
                    "copying the torn line to \(copyPath) failed: \(String(cString: strerror(error.errno)))"
            )
        }
        return HexDigits.string(hasher.finalize())
    }
}
