import ActionJournal
import Foundation

/// The operator's name in a small text file, by default `$XDG_STATE_HOME/shodo/operator`.
public struct FileOperatorMemory: OperatorMemory, Sendable {
    /// The file holding the name (one line, UTF-8).
    public let path: String

    /// Memory kept in `path`.
    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/shodo/operator`, else `~/.local/state/shodo/operator`.
    public static func standard(environment: [String: String]) -> FileOperatorMemory {
        FileOperatorMemory(path: ShodoDirectories(environment: environment).state + "/operator")
    }

    /// The first line of the file, trimmed; nil when missing or empty.
    public func recall() -> String? {
        guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let name = contents.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) }
        return name.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Writes `name` atomically, creating the directory (mode 0700) when needed.
    public func remember(_ name: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? (name + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
