/// How the terminal UI ended: the exit status, the signal to re-raise, and lines to print once the terminal is restored.
public struct AppExit: Hashable, Sendable {
    /// The process's exit status (for a signal, 128 + its number).
    public var status: Int32
    /// The signal that ended the UI, to be re-raised after cleanup (docs/cli.md "Signals").
    public var signal: Int32?
    /// What to print on standard output after the screen is gone (how to resume, the verification code).
    public var farewell: [String]

    /// An exit with `status`, optionally by `signal`, printing `farewell`.
    public init(status: Int32, signal: Int32? = nil, farewell: [String] = []) {
        self.status = status
        self.signal = signal
        self.farewell = farewell
    }
}
