/// Why a `CursesScreen` could not start; the caller falls back to plain text.
public enum CursesScreenError: Error, Equatable, CustomStringConvertible {
    /// TERM is not set (or empty).
    case terminalTypeMissing
    /// terminfo has no entry for TERM (ncurses' newterm returned NULL).
    case unknownTerminalType(String)
    /// The terminal cannot move the cursor (`cup`), e.g. TERM=dumb.
    case noCursorAddressing(String)
    /// /dev/null could not be opened for a headless screen.
    case headlessStreamsUnavailable

    /// A one-line explanation naming the terminal type.
    public var description: String {
        switch self {
        case .terminalTypeMissing:
            "TERM is not set, so the full-screen UI cannot start"
        case .unknownTerminalType(let type):
            "terminal type '\(type)' (TERM) is unknown to terminfo"
        case .noCursorAddressing(let type):
            "terminal type '\(type)' (TERM) cannot position the cursor"
        case .headlessStreamsUnavailable:
            "/dev/null could not be opened for a headless screen"
        }
    }
}
