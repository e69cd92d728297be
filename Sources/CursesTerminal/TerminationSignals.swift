// CursesTerminal: the only Swift code that calls ncurses. Everything here is
// confined to the main actor because ncurses is one global state machine;
// the only exception is the signal handler below, which touches nothing but
// two atomics and write(2).
import CNCursesW
import Glibc
import Synchronization

/// The last termination signal received and not yet reported (0 = none).
let pendingTerminationSignal = Atomic<Int32>(0)
/// The write end of the wake pipe, or -1; the handler writes a byte so that a
/// wait on another thread's behalf still wakes up.
let wakePipeWriteEnd = Atomic<Int32>(-1)

/// Records the signal and wakes the event wait. Async-signal-safe: atomics and write(2) only.
private func recordTerminationSignal(_ number: Int32) {
    let savedErrno = errno
    pendingTerminationSignal.store(number, ordering: .sequentiallyConsistent)
    let descriptor = wakePipeWriteEnd.load(ordering: .sequentiallyConsistent)
    if descriptor >= 0 {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }
    errno = savedErrno
}

/// Our SIGINT/SIGTERM/SIGHUP handlers (docs/ncurses.md P8, P9), installed before `newterm`.
///
/// Handlers only set a flag, so the app leaves its loop, cleans up (journal,
/// terminal) and then re-raises. The signals, and SIGWINCH, stay blocked on
/// the main thread except inside `pselect`, which closes the race between
/// checking the flag and waiting; the wake pipe covers a signal delivered to
/// another thread.
@MainActor
final class TerminationSignals {
    /// The signals turned into `.signal` events.
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private var previousActions: [Int32: sigaction] = [:]
    private var previousMask = sigset_t()
    /// The mask to wait with: the old one, with our signals and SIGWINCH deliverable.
    private(set) var waitingMask = sigset_t()
    private var pipeEnds: [Int32] = [-1, -1]
    private var isInstalled = false

    /// Installs the handlers, the wake pipe and the signal mask.
    init() {
        _ = pendingTerminationSignal.exchange(0, ordering: .sequentiallyConsistent)
        if cnc_open_wake_pipe(&pipeEnds) != 0 {
            pipeEnds = [-1, -1]
        }
        wakePipeWriteEnd.store(pipeEnds[1], ordering: .sequentiallyConsistent)
        for number in Self.handled {
            var previous = sigaction()
            if cnc_install_signal_handler(number, recordTerminationSignal, &previous) == 0 {
                previousActions[number] = previous
            }
        }
        let blocked = Self.handled + [SIGWINCH]
        if cnc_block_signals(blocked, Int32(blocked.count), &previousMask, &waitingMask) != 0 {
            waitingMask = previousMask
        }
        isInstalled = true
    }

    /// The read end of the wake pipe (-1 when none could be made).
    var wakeDescriptor: Int32 { pipeEnds[0] }

    /// The pending signal, cleared; nil when none arrived.
    func takePending() -> Int32? {
        let number = pendingTerminationSignal.exchange(0, ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }

    /// Empties the wake pipe after a wake-up.
    func drainWakePipe() {
        if pipeEnds[0] >= 0 { cnc_drain(pipeEnds[0]) }
    }

    /// Puts the old mask and handlers back. The mask goes first, while our
    /// handlers are still installed, so a signal still pending is recorded
    /// rather than killing the process mid-cleanup; `takePending` then reports it.
    func uninstall() {
        guard isInstalled else { return }
        isInstalled = false
        _ = cnc_set_signal_mask(&previousMask)
        for (number, previous) in previousActions {
            var action = previous
            _ = cnc_restore_signal_handler(number, &action)
        }
        wakePipeWriteEnd.store(-1, ordering: .sequentiallyConsistent)
        for descriptor in pipeEnds where descriptor >= 0 {
            close(descriptor)
        }
        pipeEnds = [-1, -1]
    }
}
