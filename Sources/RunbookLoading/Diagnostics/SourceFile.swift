import Crypto
import FileReading

/// One file's text and the SHA-256 of its bytes, read for parsing.
struct SourceFile {
    /// Why a file cannot be read as YAML text.
    struct Unusable: Error {
        let message: DiagnosticMessage
    }

    /// The path as given; diagnostics name the file this way.
    let path: String
    /// The bytes as UTF-8 text, without a leading byte order mark (libyaml skips it
    /// without counting a column, so keeping it would shift line 1 by one).
    let text: String
    /// SHA-256 of the bytes: a runbook's `sourceSHA256`, journaled with every run.
    let digest: [UInt8]

    /// Reads the file, or names why it cannot be used as YAML text.
    static func read(path: String) -> Result<SourceFile, Unusable> {
        let bytes: [UInt8]
        switch FileBytes.read(path: path) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return .failure(Unusable(message: .unreadableFile(reason: failure.reason)))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Unusable(message: .invalidUTF8))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return .success(SourceFile(path: path, text: text, digest: Array(SHA256.hash(data: bytes))))
    }
}
