import Foundation
import RunbookLoading

/// A fresh temporary directory of YAML files for one test, removed when the test ends.
final class TestWorkspace {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "shodo-loading-" + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Writes `text` to `name` inside the workspace and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Data(text.utf8))
    }

    /// Writes raw bytes to `name` inside the workspace and returns its path.
    @discardableResult
    func write(_ name: String, bytes: Data) throws -> String {
        let path = directory + "/" + name
        let parent = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Loads the workspace directory (and a subdirectory, when given).
    func load(_ subdirectory: String? = nil) -> LoadResult {
        RunbookLoader().load(directories: [subdirectory.map { directory + "/" + $0 } ?? directory])
    }
}
