// StopSignals: the signals that ask Shodo to stop, and how the process ends by one once
// it has cleaned up — shared by the two traps that catch them, which differ in how they
// wait (see `SignalTrap` in `shodo` for the headless run, `TerminationSignals` in
// `CursesTerminal` for the terminal UI).
#if canImport(Glibc)
    import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP: the run is paused and the journal released before the
/// process ends, instead of dying mid-write.
public enum StopSignals {
    /// The signals that ask the program to stop.
    public static let numbers: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Ends the process the way `number` would have, after the program cleaned up.
    ///
    /// Call once the journal is closed (and the terminal restored): the default action is
    /// put back, the signal unblocked and raised, so the shell sees 128 + number (130 for
    /// SIGINT, 143 for SIGTERM, 129 for SIGHUP). Exits with that status if the signal does
    /// not end the process.
    public static func exit(by number: Int32) -> Never {
        _ = signal(number, SIG_DFL)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, number)
        _ = pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        _ = raise(number)
        _exit(128 + number)
    }
}
