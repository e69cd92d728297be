import FileReading
import Foundation

/// The operator's name in a small text file (`shodo` keeps it in `$XDG_STATE_HOME/shodo/operator`).
public struct FileOperatorMemory: OperatorMemory, Sendable {
    /// The file holding the name (one line, UTF-8).
    public let path: String

    /// Memory kept in `path`.
    public init(path: String) {
        self.path = path
    }

    /// The first line of the file, trimmed; nil when missing or empty.
    public func recall() -> String? {
        guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        // Trimmed in Swift: Foundation's trimmingCharacters goes through NSString, on the first frame's path.
        guard let line = contents.split(whereSeparator: \.isNewline).first else { return nil }
        let name = line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
            .reversed()
        return name.isEmpty ? nil : String(name)
    }

    /// Writes `name` atomically in a file only the owner can read (0600 whatever the
    /// umask), creating the directory (mode 0700) when needed.
    public func remember(_ name: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        FileBytes.replacePrivately(path, with: Array((name + "\n").utf8))
    }
}
