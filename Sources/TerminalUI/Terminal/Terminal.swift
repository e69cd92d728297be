/// The screen the app draws on and reads keys from.
///
/// The live implementation is `CursesScreen` (module CursesTerminal); tests use
/// `TestTerminal` (ShodoTestSupport). Everything runs on the main actor
/// because the terminal library is one global state machine.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells; changes after a `.resize` event.
    var size: Size { get }

    /// Shows `grid` (drawn at the top-left; cells outside the terminal are
    /// dropped) and places a visible cursor at `cursor`, or hides it when nil.
    func present(_ grid: Grid, cursor: Point?)

    /// Waits for the next event: a key, a resize, a signal, the end of input,
    /// or `.tick` after `timeoutMilliseconds` (nil waits indefinitely).
    func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent

    /// Gives the terminal back in its original state. Safe to call more than
    /// once and on every exit path.
    func restore()
}
