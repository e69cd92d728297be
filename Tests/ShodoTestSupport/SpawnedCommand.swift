import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a short command with `posix_spawn` and `waitpid`.
///
/// Foundation's `Process` on Linux learns that a child exited when a descriptor
/// it handed to the child is closed; tmux's server inherits that descriptor and
/// lives on, so `waitUntilExit` would never return. Spawning directly, with every
/// descriptor of ours close-on-exec, avoids that.
public enum SpawnedCommand {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
    }

    /// Runs `arguments` (the first is looked up on `PATH`); standard input is
    /// /dev/null; standard output is returned when `captureOutput`, else discarded;
    /// standard error is discarded.
    public static func run(_ arguments: [String], environment: [String: String], captureOutput: Bool) throws -> Result {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw POSIXError(.EIO) }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        defer { close(descriptors[0]) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, descriptors[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing else of this (multi-threaded) test process may leak into a
        // long-lived tmux server: other tests' pipes would never see their end.
        closeFrom(3, in: &actions)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        close(descriptors[1])
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var output = [UInt8]()
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(descriptors[0], &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                output += buffer[0..<count]
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return Result(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: String(decoding: output, as: UTF8.self))
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which Swift's
    /// Glibc module does not import; looked up at run time.
    private static func closeFrom(_ lowest: Int32, in actions: inout posix_spawn_file_actions_t) {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return
        }
        let function = unsafeBitCast(symbol, to: CloseFrom.self)
        _ = function(&actions, lowest)
    }
}
