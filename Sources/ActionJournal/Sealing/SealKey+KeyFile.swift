import Notation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The first key `K_0` in its file: 64 hex digits and a newline (docs/journal.md "Sealing").
extension SealKey {
    /// The bytes of a `K_0` file: the key as 64 lowercase hex digits, then a newline.
    public var keyFileContents: [UInt8] {
        var contents: [UInt8] = []
        withBytes { HexDigits.append($0, to: &contents) }
        contents.append(UInt8(ascii: "\n"))
        return contents
    }

    /// The key in the `K_0` file at `path`. Throws `.malformedKeyFile` (with what is
    /// wrong) when the file is not 64 hex digits and a newline, `.fileFailed` when it
    /// cannot be read or does not exist.
    public static func readKeyFile(_ path: String) throws(SealingError) -> SealKey {
        guard var contents = try SecretFile.read(path) else {
            throw .fileFailed(path: path, action: "open it", errno: ENOENT)
        }
        defer { SecretBytes.zero(&contents) }
        return try parseKeyFile(contents, path: path)
    }

    /// The key in `contents`, the text of a `K_0` file; `path` names it in errors.
    /// Accepts uppercase digits and a CRLF ending, since the file may be retyped by hand.
    public static func parseKeyFile(_ contents: [UInt8], path: String) throws(SealingError)
        -> SealKey
    {
        var digits = contents[...]
        if digits.last == UInt8(ascii: "\n") {
            digits = digits.dropLast()
        } else {
            throw .malformedKeyFile(
                path: path, reason: "expected 64 hex digits and a newline; the newline is missing")
        }
        if digits.last == UInt8(ascii: "\r") { digits = digits.dropLast() }
        guard !digits.contains(UInt8(ascii: "\n")) else {
            throw .malformedKeyFile(
                path: path, reason: "expected one line of 64 hex digits; the file has several lines"
            )
        }
        return try KeyFileText.key(hex: String(decoding: digits, as: UTF8.self), path: path)
    }

    /// Writes this key as a `K_0` file at `path` (mode 0600, synced). Without
    /// `replacing`, an existing file is left alone and `.alreadyExists` is thrown.
    public func writeKeyFile(to path: String, replacing: Bool) throws(SealingError) {
        var contents = keyFileContents
        defer { SecretBytes.zero(&contents) }
        if replacing {
            try SecretFile.replace(path, with: contents)
        } else {
            try SecretFile.create(path, with: contents)
        }
    }
}
