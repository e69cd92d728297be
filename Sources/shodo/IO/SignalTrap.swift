import Foundation
import StopSignals
import Synchronization

/// The signal that asked the program to stop, set by the handler and read by
/// the loops (0 while none has arrived).
let pendingStopSignal = Atomic<Int32>(0)

/// Catches the stop signals of a headless run (and a headless drill) so that the run is
/// paused and the journal released before exiting (docs/cli.md "Signals"), instead of dying
/// mid-write.
///
/// Not `TerminationSignals` of the terminal UI, on purpose: a headless run waits in a
/// plain blocking `read(2)` of standard input, so its handlers only set a flag, leave the
/// signals unblocked and omit SA_RESTART, and the read returns EINTR. The terminal UI
/// instead keeps the signals blocked except inside `pselect` and wakes through a pipe, and
/// must put ncurses' handlers back. The signals and the way out (`StopSignals`) are shared.
enum SignalTrap {
    /// Installs flag-only handlers without SA_RESTART, so a blocked read
    /// returns EINTR and the loop sees the flag.
    static func install() {
        for signal in StopSignals.numbers {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                pendingStopSignal.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    static var pending: Int32 { pendingStopSignal.load(ordering: .relaxed) }

    /// Exits the way the pending signal would have, after cleanup; returns when none arrived.
    static func exitForPendingSignal() {
        let signal = pending
        guard signal != 0 else { return }
        StopSignals.exit(by: signal)
    }
}
