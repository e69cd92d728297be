import Foundation

/// Runs a built program to completion with the given standard input and
/// returns what it printed and how it exited.
public struct ProcessRun: Sendable {
    public let status: Int32
    public let output: String
    public let errors: String
    /// True when the process ended by a signal (`status` is then the signal).
    public let wasSignalled: Bool

    /// Writing to a program that exited fails with EPIPE instead of killing the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs `executable` with `arguments`, feeding `input` (then end of input).
    public static func run(
        _ executable: String, _ arguments: [String], input: String = "",
        environment: [String: String] = [:]
    ) throws -> ProcessRun {
        let process = try SpawnedProcess(
            [executable] + arguments, environment: environment, input: .pipe, output: .pipe,
            errors: .pipe)
        // Read both pipes on their own threads so a full pipe never blocks the child.
        let outputReader = process.output.map(PipeDrain.init)
        let errorReader = process.errors.map(PipeDrain.init)
        // A program may stop reading early (a refused over-long line): a broken pipe
        // is then an answer, not a failure of the test.
        _ = ignoreBrokenPipes
        try? process.input?.write(contentsOf: Data(input.utf8))
        try? process.input?.close()
        let ended = process.waitForExit()
        return ProcessRun(
            status: ended.status, output: outputReader?.finish() ?? "",
            errors: errorReader?.finish() ?? "",
            wasSignalled: ended.wasSignalled)
    }
}

/// Collects everything from a pipe on a background thread.
final class PipeDrain: @unchecked Sendable {
    private let handle: FileHandle
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        self.handle = handle
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
