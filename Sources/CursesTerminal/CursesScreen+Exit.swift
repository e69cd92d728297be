import Glibc

extension CursesScreen {
    /// Ends the process the way `signal` would have, after the app cleaned up.
    ///
    /// Call after a `.signal(number)` event, once the journal is closed and
    /// `restore()` ran: the default action is put back and the signal raised,
    /// so the shell sees 128 + number (130 for SIGINT, 143 for SIGTERM, 129
    /// for SIGHUP). Exits with that status if the signal does not end the process.
    public static func exitBySignal(_ number: Int32) -> Never {
        _ = signal(number, SIG_DFL)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, number)
        _ = pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        _ = raise(number)
        _exit(128 + number)
    }
}
