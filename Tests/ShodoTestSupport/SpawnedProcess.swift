import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process the tests start, with `posix_spawn`: every way the tests run
/// a program goes through here (`SpawnedCommand`, `ProcessRun`,
/// `InteractiveProcess`, the crash-kill test).
///
/// The child starts with no signal blocked and every signal at its default
/// action, whatever the spawning thread has. Swift Testing runs tests on
/// dispatch worker threads, which block almost every signal, and
/// `posix_spawn` (Foundation's `Process` too) hands the calling thread's mask
/// on: a tmux server started that way ignored its own `kill-server` and lived
/// on with its panes (issue 16). Nothing else of this process leaks into the
/// child either: descriptors from 3 up are closed in it.
public final class SpawnedProcess {
    /// What a standard stream of the child is connected to.
    public enum Stream: Sendable {
        case nullDevice
        /// A pipe whose other end this object holds.
        case pipe
    }

    /// How the child ended.
    public struct Termination: Sendable {
        /// The exit status, or the signal's number when `wasSignalled`.
        public let status: Int32
        public let wasSignalled: Bool
    }

    public let pid: pid_t
    /// The write end of the child's standard input, when it is `.pipe`.
    public let input: FileHandle?
    /// The read end of the child's standard output, when it is `.pipe`.
    public let output: FileHandle?
    /// The read end of the child's standard error, when it is `.pipe`.
    public let errors: FileHandle?
    private var termination: Termination?

    /// Starts `arguments` (the first is looked up on `PATH` unless it is a path).
    public init(
        _ arguments: [String], environment: [String: String],
        input inputStream: Stream = .nullDevice,
        output outputStream: Stream = .nullDevice, errors errorStream: Stream = .nullDevice
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var childEnds: [Int32] = []
        defer { childEnds.forEach { close($0) } }
        var parentEnds: [Int32?] = []
        do {
            for (descriptor, stream) in [
                (Int32(0), inputStream), (1, outputStream), (2, errorStream),
            ] {
                switch stream {
                case .nullDevice:
                    posix_spawn_file_actions_addopen(
                        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
                    parentEnds.append(nil)
                case .pipe:
                    let ends = try Self.closeOnExecPipe()
                    // The child reads its standard input from the read end, writes the others to the write end.
                    let (child, parent) =
                        descriptor == 0 ? (ends.read, ends.write) : (ends.write, ends.read)
                    childEnds.append(child)
                    parentEnds.append(parent)
                    posix_spawn_file_actions_adddup2(&actions, child, descriptor)
                }
            }
        } catch {
            parentEnds.compactMap { $0 }.forEach { close($0) }
            throw error
        }
        Self.closeFrom(3, in: &actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments.first ?? "", &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            parentEnds.compactMap { $0 }.forEach { close($0) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO)
        }
        self.pid = pid
        let handles = parentEnds.map {
            $0.map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        }
        input = handles[0]
        output = handles[1]
        errors = handles[2]
    }

    /// Waits for the child to end (once; later calls return the same answer).
    @discardableResult
    public func waitForExit() -> Termination {
        if let termination { return termination }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        let ended = Termination(
            status: signal == 0 ? (status >> 8) & 0xff : signal, wasSignalled: signal != 0)
        termination = ended
        return ended
    }

    /// Sends `signal` to the child, unless it has already been waited for
    /// (its pid may belong to another process by then).
    public func send(_ signal: Int32) {
        if termination == nil { kill(pid, signal) }
    }

    private static func closeOnExecPipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        // Another test may spawn between pipe and fcntl; closing from 3 in every child covers that.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private typealias CloseFrom =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which Swift's
    /// Glibc module does not import; looked up at run time.
    private static func closeFrom(_ lowest: Int32, in actions: inout posix_spawn_file_actions_t) {
        guard
            let symbol = dlsym(
                UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else {
            return
        }
        let function = unsafeBitCast(symbol, to: CloseFrom.self)
        _ = function(&actions, lowest)
    }
}
