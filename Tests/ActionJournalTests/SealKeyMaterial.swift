import ActionJournal

/// Fixed keys for tests, and reading a `SealKey`'s bytes back out.
enum SealKeyMaterial {
    struct InvalidKey: Error {}

    /// A key made of `seed`, `seed+1`, … (32 bytes).
    static func key(seed: UInt8) throws -> SealKey {
        guard let key = SealKey(bytes: (0..<32).map { seed &+ UInt8($0) }) else {
            throw InvalidKey()
        }
        return key
    }

    /// The key's 32 bytes.
    static func bytes(_ key: SealKey) -> [UInt8] {
        key.withBytes { Array($0) }
    }

    /// `key` evolved `times` times, computed with the reference HMAC.
    static func referenceEvolve(_ key: [UInt8], times: Int) -> [UInt8] {
        var current = key
        for _ in 0..<times {
            current = ReferenceHMAC.code(key: current, Array("shodo-evolve-v1".utf8))
        }
        return current
    }
}
