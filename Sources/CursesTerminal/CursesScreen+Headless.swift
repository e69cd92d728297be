import CNCursesW
import Glibc
import TerminalUI

extension CursesScreen {
    /// A screen of a fixed size that writes to /dev/null and reads from a pipe,
    /// for tests (docs/ncurses.md "Testing without a terminal"): ncurses keeps its virtual screen as usual, nothing
    /// reaches a real terminal, and `typeOnHeadlessKeyboard` feeds it bytes as
    /// a terminal would. Signals are left alone unless `handlesSignals`.
    convenience init(
        headlessSize: Size, terminalType: String = "xterm-256color",
        colorMode: ColorMode = .automatic,
        handlesSignals: Bool = false
    ) throws(CursesScreenError) {
        TerminalLocale.activateUTF8()
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw .headlessStreamsUnavailable }
        guard let output = fopen("/dev/null", "w") else {
            pipeEnds.forEach { close($0) }
            throw .headlessStreamsUnavailable
        }
        guard let input = fdopen(pipeEnds[0], "r") else {
            fclose(output)
            pipeEnds.forEach { close($0) }
            throw .headlessStreamsUnavailable
        }
        let signals = handlesSignals ? TerminationSignals() : nil
        guard let screen = newterm(terminalType, output, input) else {
            signals?.uninstall()
            fclose(output)
            fclose(input)
            close(pipeEnds[1])
            throw .unknownTerminalType(terminalType)
        }
        try self.init(
            screen: screen, terminalType: terminalType, inputDescriptor: pipeEnds[0],
            ownedStreams: [output, input], headlessKeyboard: pipeEnds[1], signals: signals,
            colorMode: colorMode)
        _ = resizeterm(Int32(headlessSize.height), Int32(headlessSize.width))
        // resizeterm queues a KEY_RESIZE; the screen has just started at this size.
        _ = flushinp()
        _ = refreshSize()
    }

    /// Writes `bytes` (UTF-8) into a headless screen's input, as if typed.
    func typeOnHeadlessKeyboard(_ bytes: String) {
        guard headlessKeyboard >= 0 else { return }
        let data = Array(bytes.utf8)
        _ = data.withUnsafeBytes { write(headlessKeyboard, $0.baseAddress, $0.count) }
    }

    /// Closes a headless screen's input, as when the terminal goes away.
    func closeHeadlessKeyboard() {
        guard headlessKeyboard >= 0 else { return }
        close(headlessKeyboard)
        headlessKeyboard = -1
    }

    /// ncurses' own idea of the screen, one string per row, read back with
    /// `mvwin_wch`: a wide character is skipped over by glibc's `wcwidth`, so
    /// this equals `Grid.lines()` only if ncurses placed every cell as we did.
    func virtualScreenLines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<size.height).map { row in
            var line = ""
            var column = 0
            while column < size.width {
                let characters = virtualCell(row: row, column: column).characters
                line += String(
                    String.UnicodeScalarView(
                        characters.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
                column += max(1, Int(wcwidth(characters.first ?? 0x20)))
            }
            guard trimmingTrailingSpaces else { return line }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The ncurses attributes (colour bits removed) and colour pair at a cell.
    func virtualAttributes(row: Int, column: Int) -> (attributes: attr_t, pair: Int16) {
        let cell = virtualCell(row: row, column: column)
        return (cell.attributes & cnc_attribute_mask(), cell.pair)
    }

    private func virtualCell(row: Int, column: Int) -> (
        characters: [wchar_t], attributes: attr_t, pair: Int16
    ) {
        var cell = cchar_t()
        _ = mvwin_wch(standardWindow, Int32(row), Int32(column), &cell)
        var characters = [wchar_t](repeating: 0, count: Int(cnc_ccharw_maximum()) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        _ = getcchar(&cell, &characters, &attributes, &pair, nil)
        return (Array(characters.prefix { $0 != 0 }), attributes, pair)
    }
}
