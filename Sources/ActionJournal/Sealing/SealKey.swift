import Notation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A 32-byte sealing key (`K_e` of the machine or `J_k` of a journal), erasable.
///
/// The bytes live in memory this object allocates and owns, so `erase()` (and the end of
/// the object's life) really zeroes the only copy the program made: a forward-secure key
/// is worth nothing if an evolved-away key lingers in a copied array. Not thread-safe.
public final class SealKey {
    /// The length of every key, in bytes.
    public static let length = 32

    private let storage: UnsafeMutableRawBufferPointer
    /// Whether `erase()` was called; an erased key holds zeroes only.
    public private(set) var isErased = false

    /// A key holding a copy of `bytes`, which must be exactly 32 bytes (else `nil`).
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.length else { return nil }
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.length, alignment: 16)
        storage.copyBytes(from: bytes)
    }

    /// A key copied from the first 32 bytes of `raw`, which must hold at least 32.
    init(copying raw: UnsafeRawBufferPointer) {
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.length, alignment: 16)
        storage.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<Self.length]))
    }

    /// A fresh key from the system's cryptographic random source.
    public static func random() -> SealKey {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: length)
        for index in bytes.indices { bytes[index] = generator.next() }
        defer { SecretBytes.zero(&bytes) }
        return bytes.withUnsafeBytes { SealKey(copying: $0) }
    }

    deinit {
        erase()
        storage.deallocate()
    }

    /// Zeroes the key in memory; it cannot be used for anything afterwards.
    public func erase() {
        SecretBytes.zero(storage)
        isErased = true
    }

    /// The key as 64 lowercase hex digits (for the key file and the one-time display).
    public var hexDigits: String { withBytes { HexDigits.string($0) } }

    /// Calls `body` with the key's 32 bytes; they must not escape it.
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows
        -> Result
    {
        try body(UnsafeRawBufferPointer(storage))
    }

    /// Whether both keys hold the same bytes (compared in constant time).
    public func hasSameBytes(as other: SealKey) -> Bool {
        var difference: UInt8 = 0
        for index in 0..<Self.length { difference |= storage[index] ^ other.storage[index] }
        return difference == 0
    }
}
