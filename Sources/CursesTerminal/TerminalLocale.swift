import CNCursesW
import Glibc

/// Makes the C library's character handling UTF-8 before curses starts (docs/ncurses.md P5).
public enum TerminalLocale {
    /// Adopts the environment's locale (`setlocale(LC_ALL, "")`) and, when its
    /// codeset is not UTF-8 (not installed, or `C`/`POSIX`), switches LC_CTYPE
    /// to `C.UTF-8`; without it ncursesw draws no Japanese at all. The app
    /// still picks its language from the environment variables, not from here.
    /// Returns whether LC_CTYPE is UTF-8 afterwards.
    @MainActor
    @discardableResult
    public static func activateUTF8() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8 { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8
    }

    /// Whether LC_CTYPE's codeset is UTF-8 now.
    @MainActor
    public static var isUTF8: Bool {
        guard let codeset = cnc_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
