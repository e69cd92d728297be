/// HMAC-SHA256 (RFC 2104) over `ReferenceSHA256`, so that the seal key schedule is
/// checked against code that shares nothing with swift-crypto.
enum ReferenceHMAC {
    /// HMAC-SHA256 of `message` under `key`.
    static func code(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var block = key.count > 64 ? ReferenceSHA256.digest(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        let inner = ReferenceSHA256.digest(block.map { $0 ^ 0x36 } + message)
        return ReferenceSHA256.digest(block.map { $0 ^ 0x5c } + inner)
    }

    /// Lowercase hex of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The bytes of lowercase hex text (test data only: invalid digits count as zero).
    static func bytes(hex text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).map { index in
            UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) ?? 0
        }
    }
}
