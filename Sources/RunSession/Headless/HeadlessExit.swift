/// The exit statuses of a headless run (docs/cli.md "Exit statuses").
public enum HeadlessExit: Int32, Sendable {
    /// The run ended.
    case ended = 0
    /// An action was refused (or the journal failed); the run can be resumed.
    case refused = 1
    /// Bad usage.
    case usage = 2
    /// Input ended (or the operator paused) with the run still open; it is paused.
    case paused = 3
}
