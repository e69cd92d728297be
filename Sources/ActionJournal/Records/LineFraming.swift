import Crypto
import Notation

/// The hash and tail of a line: `H = SHA-256("shodo-journal-v1" || 0x00 || PREFIX)`.
///
/// Shared by the writer and the verifier so both agree on every byte around the prefix.
enum LineFraming {
    /// The domain separator fed before every prefix.
    static let domain: [UInt8] = Array("shodo-journal-v1".utf8) + [0]
    /// `prev` of the first record: H_{-1}, 32 zero bytes.
    static let initialPreviousHash = [UInt8](repeating: 0, count: 32)

    /// H of `prefix`, as 32 raw bytes written into `output` (which must hold 32).
    @inline(__always)
    static func hash(prefix: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) {
        var hasher = SHA256()
        domain.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: prefix)
        let digest = hasher.finalize()
        digest.withUnsafeBytes { output.copyMemory(from: $0) }
    }

    /// H of `prefix` as an array.
    static func hash(prefix: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        prefix.withUnsafeBytes { prefixBytes in
            output.withUnsafeMutableBytes { hash(prefix: prefixBytes, into: $0) }
        }
        return output
    }

    /// How many bytes `appendTail` adds: the hash, the MAC when sealed, `"}` and the newline.
    static func tailLength(sealed: Bool) -> Int {
        ",\"h\":\"".utf8.count + 64 + (sealed ? "\",\"mac\":\"".utf8.count + 64 : 0)
            + "\"}\n".utf8.count
    }

    /// Appends `,"h":"<hex>"}` or, with a MAC, `,"h":"<hex>","mac":"<hex>"}`, then `\n`.
    static func appendTail(hash: [UInt8], mac: [UInt8]?, to line: inout [UInt8]) {
        line.append(contentsOf: ",\"h\":\"".utf8)
        HexDigits.append(hash, to: &line)
        if let mac {
            line.append(contentsOf: "\",\"mac\":\"".utf8)
            HexDigits.append(mac, to: &line)
        }
        line.append(contentsOf: "\"}\n".utf8)
    }
}
