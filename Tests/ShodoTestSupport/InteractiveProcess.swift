import Foundation

/// A running program driven line by line: write an action, then block until
/// its output shows the expected text (never a fixed sleep).
public final class InteractiveProcess {
    public let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()

    public init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    public func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Reads output until `text` has appeared `occurrences` times in total;
    /// false if the output ended first.
    @discardableResult
    public func waitFor(_ text: String, occurrences: Int = 1) -> Bool {
        let needle = Data(text.utf8)
        while count(of: needle) < occurrences {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return false }
            buffer.append(chunk)
        }
        return true
    }

    public var printed: String { String(decoding: buffer, as: UTF8.self) }

    public func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func count(of needle: Data) -> Int {
        var found = 0
        var start = buffer.startIndex
        while let range = buffer.range(of: needle, in: start..<buffer.endIndex) {
            found += 1
            start = range.upperBound
        }
        return found
    }
}
