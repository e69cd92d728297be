/// What `Terminal.nextEvent` reports.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal now has this size; redraw.
    case resize(Size)
    /// The timeout passed without input (drive countdowns from here).
    case tick
    /// Input is gone for good (the terminal closed); leave the loop.
    case endOfInput
    /// A termination signal (SIGINT, SIGTERM, SIGHUP) arrived; clean up, then exit.
    case signal(Int32)
}
