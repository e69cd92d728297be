import Crypto
import Foundation
import Notation

/// The key schedule of a sealed journal, exactly as docs/journal.md "The key schedule (exact)" gives it.
///
/// - `evolve(K) = HMAC-SHA256(K, "shodo-evolve-v1")`
/// - `J_0 = HMAC-SHA256(K_e, "shodo-journal-key-v1" || 0x00 || jid)` (jid as lowercase ASCII)
/// - commitment `= SHA-256("shodo-commit-v1" || 0x00 || J_0)`
/// - `T_i = HMAC-SHA256(J_k, "shodo-mac-v1" || 0x00 || H_i)` over the 32 raw bytes of `H_i`
///
/// The writer, the verifier, the machine key store and `keygen` all derive through here,
/// so the domain strings exist once.
public enum SealDerivation {
    static let evolveDomain = Array("shodo-evolve-v1".utf8)
    static let journalKeyDomain = Array("shodo-journal-key-v1".utf8) + [0]
    static let commitmentDomain = Array("shodo-commit-v1".utf8) + [0]
    static let macDomain = Array("shodo-mac-v1".utf8) + [0]

    /// The key of the next epoch, `evolve(key)`; `key` itself is left as it is.
    public static func evolve(_ key: SealKey) -> SealKey {
        authenticationCode(key: key, parts: evolveDomain)
    }

    /// `key` evolved `times` times (0 gives a copy), erasing every intermediate key.
    public static func evolve(_ key: SealKey, times: Int) -> SealKey {
        var current = key.withBytes { SealKey(copying: $0) }
        for _ in 0..<max(0, times) {
            let next = evolve(current)
            current.erase()
            current = next
        }
        return current
    }

    /// The journal's first key `J_0`, from the machine key `K_e` and the journal id.
    public static func journalKey(machineKey: SealKey, jid: UUID) -> SealKey {
        authenticationCode(
            key: machineKey, parts: journalKeyDomain, Array(jid.uuidString.lowercased().utf8))
    }

    /// The `key_commitment` of `J_0`: 64 lowercase hex digits; reveals nothing of the key.
    public static func commitment(journalKey: SealKey) -> String {
        var hasher = SHA256()
        hasher.update(data: commitmentDomain)
        journalKey.withBytes { hasher.update(bufferPointer: $0) }
        return HexDigits.string(hasher.finalize())
    }

    /// `T_i`, the MAC of the record whose 32-byte hash is `recordHash`, under `key`.
    public static func mac(key: SealKey, recordHash: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        recordHash.withUnsafeBytes { hash in
            output.withUnsafeMutableBytes { mac(key: key, recordHash: hash, into: $0) }
        }
        return output
    }

    /// `T_i` written into `output` (32 bytes), allocating nothing but the HMAC state.
    static func mac(
        key: SealKey, recordHash: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) {
        let symmetric = key.withBytes { SymmetricKey(data: $0) }
        var hmac = HMAC<SHA256>(key: symmetric)
        macDomain.withUnsafeBytes { hmac.update(data: $0) }
        hmac.update(data: recordHash)
        let code = hmac.finalize()
        code.withUnsafeBytes { output.copyMemory(from: $0) }
    }

    private static func authenticationCode(key: SealKey, parts: [UInt8]...) -> SealKey {
        let symmetric = key.withBytes { SymmetricKey(data: $0) }
        var hmac = HMAC<SHA256>(key: symmetric)
        for part in parts { part.withUnsafeBytes { hmac.update(data: $0) } }
        let code = hmac.finalize()
        return code.withUnsafeBytes { SealKey(copying: $0) }
    }
}
