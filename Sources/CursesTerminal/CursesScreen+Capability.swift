import CNCursesW
import Glibc

extension CursesScreen {
    /// Whether the full-screen UI can run here; when false, use plain text (docs/ncurses.md P6).
    ///
    /// False when `isTTY` is false (stdin/stdout not a terminal), when TERM is
    /// unset, empty, `dumb` or `unknown`, or when terminfo has no entry for
    /// TERM or the entry cannot position the cursor (`cup`). Reads terminfo
    /// without starting curses and without ever calling `exit()`.
    public static func canDrive(environment: [String: String], isTTY: Bool) -> Bool {
        guard isTTY, let type = environment["TERM"], !type.isEmpty, type != "dumb",
            type != "unknown"
        else {
            return false
        }
        return cnc_terminal_type_is_addressable(type) != 0
    }

    /// Whether both stdin and stdout are terminals (the usual `isTTY` for `canDrive`).
    public static func standardStreamsAreTerminals() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }
}
