import Crypto
import RunbookModel

/// The library cache's file: a magic line, the format version, the key, the
/// payload's SHA-256, then the payload: the number of segments, their lengths,
/// and the segments (`LibraryCacheCoding`), which decode independently.
enum LibraryCacheFile {
    /// Raised whenever the encoding of any model value changes.
    static let formatVersion = 3

    /// The SHA-256 that says which files, read by which program, the payload came from.
    struct Key: Equatable, Sendable {
        let bytes: [UInt8]

        init(_ digest: SHA256.Digest) {
            bytes = Array(digest)
        }

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }
    }

    /// A cache file's parts, found without checking the payload's SHA-256 yet.
    struct Layout: Sendable {
        let key: Key
        let checksum: [UInt8]
        let payload: Range<Int>
        let segments: [Range<Int>]

        /// Whether the payload is the one the SHA-256 was taken of.
        func checksumMatches(in bytes: [UInt8]) -> Bool {
            Array(SHA256.hash(data: bytes[payload])) == checksum
        }
    }

    private static let magic = Array("shodo library cache\n".utf8)
    private static let digestLength = 32

    static func encode(_ library: RunbookLibrary, key: Key) -> [UInt8] {
        let segments = LibraryCacheCoding.encode(library)
        var directory = LibraryCacheWriter()
        directory.array(segments) { $0.integer($1.count) }
        let payload = directory.bytes + segments.joined()
        var version = LibraryCacheWriter()
        version.integer(formatVersion)
        return magic + version.bytes + key.bytes + Array(SHA256.hash(data: payload)) + payload
    }

    /// The parts of `bytes`, if they are laid out as a cache file of this format.
    static func layout(of bytes: [UInt8]) throws -> Layout {
        guard bytes.starts(with: magic) else { throw LibraryCacheReader.Malformed() }
        var header = LibraryCacheReader(bytes, from: magic.count)
        guard try header.integer() == formatVersion else { throw LibraryCacheReader.Malformed() }
        let keyStart = header.position
        let payloadStart = keyStart + 2 * digestLength
        guard bytes.count >= payloadStart else { throw LibraryCacheReader.Malformed() }
        var directory = LibraryCacheReader(bytes, from: payloadStart)
        let lengths = try directory.array { try $0.count() }
        var segments: [Range<Int>] = []
        var start = directory.position
        for length in lengths {
            guard length <= bytes.count - start else { throw LibraryCacheReader.Malformed() }
            segments.append(start..<start + length)
            start += length
        }
        guard start == bytes.count, !segments.isEmpty else { throw LibraryCacheReader.Malformed() }
        return Layout(
            key: Key(bytes: Array(bytes[keyStart..<keyStart + digestLength])),
            checksum: Array(bytes[keyStart + digestLength..<payloadStart]),
            payload: payloadStart..<bytes.count,
            segments: segments)
    }
}
