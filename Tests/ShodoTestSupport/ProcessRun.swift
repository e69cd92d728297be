import Foundation

/// Runs a built program to completion with the given standard input and
/// returns what it printed and how it exited.
public struct ProcessRun: Sendable {
    public let status: Int32
    public let output: String
    public let errors: String
    /// True when the process ended by a signal (`status` is then the signal).
    public let wasSignalled: Bool

    /// Runs `executable` with `arguments`, feeding `input` (then end of input).
    public static func run(
        _ executable: String, _ arguments: [String], input: String = "", environment: [String: String] = [:]
    ) throws -> ProcessRun {
        try run(executable, arguments, input: input, environment: environment, capturingOutput: true)
    }

    /// Writing to a program that exited fails with EPIPE instead of killing the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    private static func run(
        _ executable: String, _ arguments: [String], input: String, environment: [String: String],
        capturingOutput: Bool
    ) throws -> ProcessRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = capturingOutput ? stdout : FileHandle.nullDevice
        process.standardError = capturingOutput ? stderr : FileHandle.nullDevice
        try process.run()
        // Read both pipes on their own threads so a full pipe never blocks the child.
        let outputReader = capturingOutput ? PipeDrain(stdout.fileHandleForReading) : nil
        let errorReader = capturingOutput ? PipeDrain(stderr.fileHandleForReading) : nil
        // A program may stop reading early (a refused over-long line): a broken pipe
        // is then an answer, not a failure of the test.
        _ = ignoreBrokenPipes
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return ProcessRun(
            status: process.terminationStatus, output: outputReader?.finish() ?? "", errors: errorReader?.finish() ?? "",
            wasSignalled: process.terminationReason == .uncaughtSignal)
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
