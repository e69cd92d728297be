import Crypto
import Foundation

/// A file's bytes and their SHA-256, before they are known to be text: enough
/// for the library cache's key, so a cache hit never decodes the YAML.
struct SourceBytes: Sendable {
    /// The path as given; diagnostics name the file this way.
    let path: String
    let bytes: [UInt8]
    /// SHA-256 of `bytes`: the runbook's `sourceSHA256` and part of the library cache's key.
    let digest: [UInt8]

    static func read(path: String) -> Result<SourceBytes, SourceFile.Unusable> {
        switch FileBytes.read(path: path) {
        case .success(let bytes):
            return .success(SourceBytes(path: path, bytes: bytes, digest: Array(SHA256.hash(data: bytes))))
        case .failure(let failure):
            return .failure(SourceFile.Unusable(message: .unreadableFile(reason: failure.reason)))
        }
    }
}

/// A file's text: UTF-8, without a byte order mark.
struct SourceFile: Sendable {
    /// Why a file has no text to parse; reported at its line 1.
    struct Unusable: Error, Sendable {
        let message: DiagnosticMessage
    }

    let path: String
    /// Without a leading byte order mark (libyaml skips it without counting a
    /// column, so keeping it would shift line 1 by one).
    let text: String
    /// SHA-256 of the file's bytes.
    let digest: [UInt8]

    /// Reads the file, or names why it cannot be used as YAML text.
    static func read(path: String) -> Result<SourceFile, Unusable> {
        SourceBytes.read(path: path).flatMap(decode)
    }

    static func decode(_ source: SourceBytes) -> Result<SourceFile, Unusable> {
        guard var text = String(validating: source.bytes, as: UTF8.self) else {
            return .failure(Unusable(message: .invalidUTF8))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return .success(SourceFile(path: source.path, text: text, digest: source.digest))
    }
}
