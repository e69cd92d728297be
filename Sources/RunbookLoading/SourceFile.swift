import Foundation

/// One file's bytes and its text, read for parsing.
struct SourceFile {
    /// Why a file cannot be read as YAML text.
    struct Unusable: Error {
        let message: DiagnosticMessage
    }

    /// The path as given; diagnostics name the file this way.
    let path: String
    let bytes: Data
    /// The bytes as UTF-8 text, without a leading byte order mark (libyaml skips it
    /// without counting a column, so keeping it would shift line 1 by one).
    let text: String

    /// Reads the file, or names why it cannot be used as YAML text.
    static func read(path: String) -> Result<SourceFile, Unusable> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Unusable(message: .unreadableFile(reason: "no such file")))
        }
        if isDirectory.boolValue { return .failure(Unusable(message: .unreadableFile(reason: "it is a directory"))) }
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(Unusable(message: .unreadableFile(reason: error.localizedDescription)))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Unusable(message: .invalidUTF8))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return .success(SourceFile(path: path, bytes: bytes, text: text))
    }
}
