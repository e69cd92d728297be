import CNCursesW
import Glibc
import TerminalUI

/// The live `Terminal`: ncursesw on the process's stdin/stdout.
///
/// Start-up follows docs/ncurses.md: UTF-8 locale with a `C.UTF-8` fallback
/// (docs/ncurses.md P5), `LINES`/`COLUMNS` removed (docs/ncurses.md P11), our own
/// SIGINT/SIGTERM/SIGHUP handlers (docs/ncurses.md P8), `newterm` rather than
/// `initscr` and a `cup` check (docs/ncurses.md P6), a 25 ms escape delay
/// (docs/ncurses.md P7). Check `canDrive(environment:isTTY:)` first and fall back
/// to plain text when it says no. Call `restore()` on every exit path,
/// including after a `.signal` event (then re-raise the signal).
@MainActor
public final class CursesScreen: Terminal {
    /// Whether to use colours.
    public enum ColorMode: Sendable {
        /// Colours when the terminal has them and `NO_COLOR` is unset or empty.
        case automatic
        /// Attributes only (bold, reverse, underline), e.g. for `--no-color`.
        case monochrome
    }

    /// The current size in cells; updated on resize.
    public private(set) var size: Size
    /// Whether roles are drawn with colours (false: attributes only).
    public let usesColor: Bool

    private let screen: OpaquePointer
    /// ncurses' `stdscr` of this screen.
    let standardWindow: UnsafeMutablePointer<WINDOW>
    /// The descriptor keys are read from.
    let inputFileDescriptor: Int32
    /// Our signal handlers; nil for a headless screen that leaves signals alone.
    let signalSource: TerminationSignals?
    private let ownedStreams: [UnsafeMutablePointer<FILE>]
    /// The write end of a headless screen's input pipe (-1 for a live screen).
    var headlessKeyboard: Int32
    private let palette: CursesPalette
    /// False once `restore()` ran; no ncurses call is made after that.
    private(set) var isRunning = true

    /// Starts curses on stdin/stdout for `terminalType` (default: `$TERM`).
    public convenience init(terminalType: String? = nil, colorMode: ColorMode = .automatic)
        throws(CursesScreenError)
    {
        TerminalLocale.activateUTF8()
        unsetenv("LINES")
        unsetenv("COLUMNS")
        let type = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? ""
        guard !type.isEmpty else { throw .terminalTypeMissing }
        let signals = TerminationSignals()
        guard let screen = cnc_new_terminal_on_standard_streams(type) else {
            signals.uninstall()
            throw .unknownTerminalType(type)
        }
        try self.init(
            screen: screen, terminalType: type, inputDescriptor: STDIN_FILENO, ownedStreams: [],
            headlessKeyboard: -1, signals: signals, colorMode: colorMode)
    }

    /// Starts curses on already opened streams; shared by the live and the headless screen.
    init(
        screen: OpaquePointer, terminalType: String, inputDescriptor: Int32,
        ownedStreams: [UnsafeMutablePointer<FILE>], headlessKeyboard: Int32,
        signals: TerminationSignals?,
        colorMode: ColorMode
    ) throws(CursesScreenError) {
        guard cnc_has_cursor_addressing() != 0, let window = cnc_standard_screen() else {
            endwin()
            delscreen(screen)
            signals?.uninstall()
            ownedStreams.forEach { fclose($0) }
            if headlessKeyboard >= 0 { close(headlessKeyboard) }
            throw .noCursorAddressing(terminalType)
        }
        self.headlessKeyboard = headlessKeyboard
        self.screen = screen
        self.standardWindow = window
        self.inputFileDescriptor = inputDescriptor
        self.ownedStreams = ownedStreams
        self.signalSource = signals
        _ = set_escdelay(25)
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = keypad(window, true)
        _ = nodelay(window, true)
        _ = curs_set(0)
        let noColorRequested = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if colorMode == .automatic && !noColorRequested && has_colors() && start_color() == OK {
            usesColor = true
            palette = CursesPalette(
                usesColor: true, defaultColorsAvailable: use_default_colors() == OK)
        } else {
            usesColor = false
            palette = CursesPalette(usesColor: false, defaultColorsAvailable: false)
        }
        size = Size(width: Int(cnc_maximum_x(window)), height: Int(cnc_maximum_y(window)))
    }

    isolated deinit {
        restore()
    }

    /// Draws `grid` over the whole screen and shows or hides the cursor.
    public func present(_ grid: Grid, cursor: Point?) {
        guard isRunning else { return }
        _ = werase(standardWindow)
        let rows = min(grid.size.height, size.height)
        let columns = min(grid.size.width, size.width)
        // werase left every cell a plain blank: most of a screen needs no call at all.
        let plainBlank = Cell.blank()
        let blankIsErased = palette.attributes(for: plainBlank.style) == (cnc_attribute_normal(), 0)
        for row in 0..<rows {
            for (column, cell) in grid.row(row).enumerated()
            where column < columns && cell.kind != .wideTrail {
                if blankIsErased && cell == plainBlank { continue }
                if cell.kind == .wideLead && column + 1 >= columns {
                    draw(.blank(cell.style), row: row, column: column)
                } else {
                    draw(cell, row: row, column: column)
                }
            }
        }
        if let cursor, cursor.row >= 0, cursor.row < size.height, cursor.column >= 0,
            cursor.column < size.width
        {
            _ = curs_set(1)
            _ = wmove(standardWindow, Int32(cursor.row), Int32(cursor.column))
        } else {
            _ = curs_set(0)
        }
        _ = wnoutrefresh(standardWindow)
        _ = doupdate()
    }

    /// Ends curses, restores the terminal and our signal handlers. Idempotent.
    public func restore() {
        guard isRunning else { return }
        isRunning = false
        _ = endwin()
        delscreen(screen)
        signalSource?.uninstall()
        ownedStreams.forEach { fclose($0) }
        closeHeadlessKeyboard()
    }

    /// Re-reads the size after ncurses reported a resize.
    func refreshSize() -> Size {
        size = Size(
            width: Int(cnc_maximum_x(standardWindow)), height: Int(cnc_maximum_y(standardWindow)))
        return size
    }

    /// Writes one cell with the wide-character API; ncurses fills a wide trail itself.
    private func draw(_ cell: Cell, row: Int, column: Int) {
        let (attributes, pair) = palette.attributes(for: cell.style)
        let capacity = Int(cnc_ccharw_maximum())
        // A stack buffer: a screen is some two thousand cells, drawn on every change.
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: capacity + 1) { characters in
            var count = 0
            for scalar in cell.text.unicodeScalars.prefix(capacity) {
                characters[count] = wchar_t(scalar.value)
                count += 1
            }
            if count == 0 {
                characters[0] = 0x20
                count = 1
            }
            characters[count] = 0
            var drawable = cchar_t()
            _ = setcchar(&drawable, characters.baseAddress, attributes, pair, nil)
            _ = mvwadd_wch(standardWindow, Int32(row), Int32(column), &drawable)
        }
    }
}
