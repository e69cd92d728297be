#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Zeroing memory that held key material, in a way the optimizer may not drop.
///
/// A plain store of zeroes into memory that is freed or never read again is a dead
/// store the compiler is allowed to remove; `explicit_bzero` / `memset_s` are not.
enum SecretBytes {
    /// Zeroes every byte of `buffer`.
    static func zero(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        #if canImport(Glibc)
            explicit_bzero(base, buffer.count)
        #else
            _ = memset_s(base, buffer.count, 0, buffer.count)
        #endif
    }

    /// Zeroes every byte of `bytes` in place.
    static func zero(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { zero($0) }
    }
}
