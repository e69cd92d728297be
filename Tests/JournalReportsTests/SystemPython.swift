import Foundation

/// The system's Python 3, when installed, for cross-checking exports with its parsers.
enum SystemPython {
    static let path: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
