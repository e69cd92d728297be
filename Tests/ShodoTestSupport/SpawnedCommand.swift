import Foundation

/// Runs a short command to completion (a `SpawnedProcess`) and returns its output.
///
/// Foundation's `Process` on Linux learns that a child exited when a descriptor
/// it handed to the child is closed; tmux's server inherits that descriptor and
/// lives on, so `waitUntilExit` would never return. Spawning directly, with every
/// descriptor of ours closed in the child, avoids that.
public enum SpawnedCommand {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
    }

    /// Runs `arguments` (the first is looked up on `PATH`); standard input is
    /// /dev/null; standard output is returned when `captureOutput`, else discarded;
    /// standard error is discarded. A signal that ended it shows as 128 + its number.
    public static func run(
        _ arguments: [String], environment: [String: String], captureOutput: Bool
    ) throws -> Result {
        let process = try SpawnedProcess(
            arguments, environment: environment, output: captureOutput ? .pipe : .nullDevice)
        let output = process.output?.readDataToEndOfFile() ?? Data()
        let ended = process.waitForExit()
        return Result(
            status: ended.wasSignalled ? 128 + ended.status : ended.status,
            output: String(decoding: output, as: UTF8.self))
    }
}
