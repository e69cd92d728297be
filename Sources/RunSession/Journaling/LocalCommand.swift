import Foundation
import Localization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the command of a `command` step with `run: local` on this terminal
/// (docs/runbook-format.md "command — for IT to type"): `/bin/sh -c COMMAND` in its own
/// process group, standard output and error into one file created with mode 0600,
/// standard input a pipe nobody writes to (a command waiting for
/// input waits, and the timeout ends it). After the timeout the whole group gets SIGTERM,
/// then SIGKILL two seconds later. Linux and macOS only.
public enum LocalCommand {
    /// How the command ended.
    public struct Outcome: Sendable, Hashable {
        /// The exit status, when it exited by itself.
        public var exitStatus: Int32?
        /// The signal that ended it, when one did.
        public var signal: Int32?
        /// Whether the timeout ended it.
        public var timedOut: Bool
    }

    /// Why the command could not be run at all; nothing was journaled.
    public enum Problem: Error, Sendable, Hashable {
        case outputNotCreated(path: String, errno: Int32)
        case notStarted(errno: Int32)

        public func message(language: Language) -> String {
            let ja = language == .japanese
            switch self {
            case .outputNotCreated(let path, let code):
                let reason = String(cString: strerror(code))
                return ja
                    ? "出力ファイル \(path) を作れません（\(reason)）。"
                    : "Cannot create the output file \(path) (\(reason))."
            case .notStarted(let code):
                let reason = String(cString: strerror(code))
                return ja ? "コマンドを起動できません（\(reason)）。" : "Cannot start the command (\(reason))."
            }
        }
    }

    /// Runs `command`, writing its output to `outputPath` (which must not exist), and waits
    /// at most `timeoutSeconds` before ending it.
    public static func run(_ command: String, outputPath: String, timeoutSeconds: Double)
        throws(Problem) -> Outcome
    {
        let output = open(outputPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .outputNotCreated(path: outputPath, errno: errno) }
        defer { close(output) }
        var input: [Int32] = [-1, -1]
        guard pipe(&input) == 0 else { throw .notStarted(errno: errno) }
        for end in input { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        defer { close(input[1]) }
        let pid: pid_t
        do throws(Problem) {
            pid = try spawn(command, input: input[0], output: output)
        } catch {
            close(input[0])
            throw error
        }
        close(input[0])
        var outcome = wait(pid, seconds: timeoutSeconds)
        if outcome == nil {
            kill(-pid, SIGTERM)
            outcome = wait(pid, seconds: 2)
            if outcome == nil {
                kill(-pid, SIGKILL)
                outcome = wait(pid, seconds: nil)
            }
            outcome?.timedOut = true
        }
        _ = fsync(output)
        return outcome ?? Outcome(exitStatus: nil, signal: SIGKILL, timedOut: true)
    }

    private static func spawn(_ command: String, input: Int32, output: Int32) throws(Problem)
        -> pid_t
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes,
            Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, environ)
        guard result == 0 else { throw .notStarted(errno: result) }
        return pid
    }

    /// Waits for `pid` to end, at most `seconds` (forever when `nil`); `nil` when it has not.
    private static func wait(_ pid: pid_t, seconds: Double?) -> Outcome? {
        let deadline = seconds.map { Date().addingTimeInterval($0) }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if result == pid {
                let signal = status & 0x7f
                return signal == 0
                    ? Outcome(exitStatus: (status >> 8) & 0xff, signal: nil, timedOut: false)
                    : Outcome(exitStatus: nil, signal: signal, timedOut: false)
            }
            if result < 0, errno != EINTR {
                return Outcome(exitStatus: nil, signal: nil, timedOut: false)
            }
            if let deadline, Date() >= deadline { return nil }
            if deadline != nil { usleep(10_000) }
        }
    }
}
