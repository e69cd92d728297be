import Foundation
import Synchronization

/// The signal that asked the program to stop, set by the handler and read by
/// the loops (0 while none has arrived).
let pendingStopSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP so that the run is paused and the journal
/// released before exiting (docs/cli.md "Signals"), instead of dying mid-write.
enum SignalTrap {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs flag-only handlers without SA_RESTART, so a blocked read
    /// returns EINTR and the loop sees the flag.
    static func install() {
        for signal in stopSignals {
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

    /// Exits the way the signal would have, after cleanup: default handler, raise.
    static func exitForPendingSignal() {
        let signal = pending
        guard signal != 0 else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        raise(signal)
        exit(128 + signal)
    }
}
