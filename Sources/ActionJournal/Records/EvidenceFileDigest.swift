import Crypto
import Localization
import Notation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The size and SHA-256 of a file registered as evidence, read where it lies.
///
/// Streams through a fixed buffer (a disk image costs no memory) and reads only: the
/// file is never copied, moved or touched. Only regular files are accepted, so a
/// device or a pipe cannot hang the run.
public struct EvidenceFileDigest: Sendable, Hashable {
    /// Bytes hashed.
    public let bytes: Int64
    /// SHA-256 of the contents, 64 lowercase hex digits (as `sha256sum` prints it).
    public let sha256: String

    /// Why a file could not be hashed.
    public enum Problem: Error, Sendable, Hashable {
        /// `open`, `fstat` or `read` failed with `errno`.
        case unreadable(path: String, errno: Int32)
        /// Not a regular file (a directory, device, pipe…).
        case notARegularFile(path: String)

        /// The message for the operator, naming the file.
        public func message(language: Language) -> String {
            let ja = language == .japanese
            switch self {
            case .unreadable(let path, let code):
                let reason = String(cString: strerror(code))
                return ja
                    ? "ファイル \(path) を読めません（\(reason)）。パスを確かめてください。"
                    : "Cannot read the file \(path) (\(reason)); check the path."
            case .notARegularFile(let path):
                return ja
                    ? "\(path) は普通のファイルではありません（フォルダや装置は登録できません）。"
                    : "\(path) is not a regular file (a folder or device cannot be registered)."
            }
        }
    }

    /// Hashes the file at `path`.
    public static func of(path: String) throws(Problem) -> EvidenceFileDigest {
        let descriptor: Int32
        switch SystemFiles.open(path, flags: O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): throw .unreadable(path: path, errno: failure.errno)
        }
        defer { SystemFiles.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, errno: errno) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile(path: path) }
        var hasher = SHA256()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { chunk.deallocate() }
        var offset: Int64 = 0
        while true {
            let count: Int
            do {
                count = try SystemFiles.readFully(descriptor, into: chunk, at: offset)
            } catch {
                throw .unreadable(path: path, errno: error.errno)
            }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            offset += Int64(count)
        }
        return EvidenceFileDigest(bytes: offset, sha256: HexDigits.string(hasher.finalize()))
    }
}
