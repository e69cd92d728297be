import Foundation

/// A running program driven line by line: write an action, then block until
/// its output shows the expected text (never a fixed sleep).
public final class InteractiveProcess {
    public let process: SpawnedProcess
    private var buffer = Data()

    public init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        process = try SpawnedProcess(
            [executable] + arguments, environment: environment, input: .pipe, output: .pipe)
        LeftoverProcessCheck.record(ProcessIdentity(pid: process.pid).map { [$0] } ?? [])
    }

    public func send(_ line: String) {
        process.input?.write(Data((line + "\n").utf8))
    }

    /// Reads output until `text` has appeared `occurrences` times in total;
    /// false if the output ended first.
    @discardableResult
    public func waitFor(_ text: String, occurrences: Int = 1) -> Bool {
        let needle = Data(text.utf8)
        while count(of: needle) < occurrences {
            guard let chunk = process.output?.availableData else { return false }
            if chunk.isEmpty { return false }
            buffer.append(chunk)
        }
        return true
    }

    public var printed: String { String(decoding: buffer, as: UTF8.self) }

    public func kill() {
        process.send(SIGKILL)
        process.waitForExit()
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
