import CNCursesW
import Glibc
import TerminalUI
import Testing

@testable import CursesTerminal

/// ncurses on /dev/null: what ncurses itself holds in its virtual screen must
/// equal the pure `Grid`, which proves both place every cell the same way.
@MainActor
@Suite(.serialized)
struct HeadlessScreenTests {
    static func sampleGrid(size: Size) -> Grid {
        var grid = Grid(size: size)
        let whole = grid.bounds
        grid.put("初動対応チェックリスト / Incident Response", at: .origin, style: .title)
        let (_, body) = whole.dividedFromTop(1)
        let (hintRow, middle) = body.dividedFromBottom(1)
        CautionBox(label: "注意 / CAUTION", body: "感染端末の電源は切らずに、ネットワークから隔離します。(Keep the power ON.)")
            .draw(into: &grid, within: middle.dividedFromTop(5).slice)
        NumberedList(
            items: ["無線LANを停止した", "Disconnect the LAN cable", "どちらもできない"], selectedIndex: 1
        )
        .draw(into: &grid, within: middle.dividedFromTop(5).remainder)
        grid.put(
            "右端に全角文字が来る行ですよ。あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほ",
            at: Point(column: 0, row: size.height - 2))
        KeyHintBar(hints: [
            KeyHint(key: "Enter", label: "完了"), KeyHint(key: "q", label: "終了", isEssential: true),
        ])
        .draw(into: &grid, within: hintRow)
        return grid
    }

    @Test(arguments: [
        Size(width: 80, height: 24), Size(width: 20, height: 8), Size(width: 33, height: 5),
        Size(width: 61, height: 18),
    ])
    func virtualScreenEqualsTheGrid(size: Size) throws {
        let screen = try CursesScreen(headlessSize: size)
        defer { screen.restore() }
        #expect(screen.size == size)
        let grid = Self.sampleGrid(size: size)
        screen.present(grid, cursor: Point(column: 3, row: 2))
        #expect(screen.virtualScreenLines() == grid.lines())
    }

    @Test func wideCharacterInTheLastTwoColumnsAndAtTheEdge() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 10, height: 3))
        defer { screen.restore() }
        var grid = Grid(size: screen.size)
        grid.put("abcdefghあ", at: .origin)
        grid.put("abcdefghiあ", at: Point(column: 0, row: 1))
        grid.put("漢字かなカナ", at: Point(column: 0, row: 2))
        screen.present(grid, cursor: nil)
        #expect(screen.virtualScreenLines() == ["abcdefghあ", "abcdefghi", "漢字かなカ"])
        #expect(screen.virtualScreenLines() == grid.lines())
    }

    @Test func gridWiderThanTheScreenIsCutWithoutSplittingAWideCharacter() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 9, height: 1))
        defer { screen.restore() }
        var grid = Grid(size: Size(width: 12, height: 2))
        grid.put("abcdefghあいう", at: .origin)
        screen.present(grid, cursor: nil)
        #expect(screen.virtualScreenLines() == ["abcdefgh"])
    }

    @Test func monochromeRolesStillStandOut() throws {
        let screen = try CursesScreen(
            headlessSize: Size(width: 20, height: 4), colorMode: .monochrome)
        defer { screen.restore() }
        #expect(!screen.usesColor)
        var grid = Grid(size: screen.size)
        grid.put("T", at: Point(column: 0, row: 0), style: .title)
        grid.put("S", at: Point(column: 1, row: 0), style: .selection)
        grid.put("C", at: Point(column: 2, row: 0), style: .caution)
        grid.put("E", at: Point(column: 3, row: 0), style: .error)
        grid.put("N", at: Point(column: 4, row: 0), style: .normal)
        grid.put("U", at: Point(column: 5, row: 0), style: Style.normal.adding(.underline))
        screen.present(grid, cursor: nil)
        let bold = cnc_attribute_bold()
        let reverse = cnc_attribute_reverse()
        #expect(screen.virtualAttributes(row: 0, column: 0) == (bold | reverse, 0))
        #expect(screen.virtualAttributes(row: 0, column: 1) == (reverse, 0))
        #expect(screen.virtualAttributes(row: 0, column: 2) == (bold, 0))
        #expect(screen.virtualAttributes(row: 0, column: 3) == (bold | reverse, 0))
        #expect(screen.virtualAttributes(row: 0, column: 4) == (cnc_attribute_normal(), 0))
        #expect(screen.virtualAttributes(row: 0, column: 5) == (cnc_attribute_underline(), 0))
    }

    /// Runs `body` with NO_COLOR set to `value` (nil: unset), then puts it back;
    /// `swift test` itself sets NO_COLOR=1.
    static func withNoColor(_ value: String?, _ body: () throws -> Void) rethrows {
        let saved = getenv("NO_COLOR").map { String(cString: $0) }
        if let value { setenv("NO_COLOR", value, 1) } else { unsetenv("NO_COLOR") }
        defer {
            if let saved { setenv("NO_COLOR", saved, 1) } else { unsetenv("NO_COLOR") }
        }
        try body()
    }

    @Test func colourRolesUseTheirPairAndKeepTheirAttributes() throws {
        try Self.withNoColor(nil) {
            let screen = try CursesScreen(
                headlessSize: Size(width: 20, height: 4), colorMode: .automatic)
            defer { screen.restore() }
            try #require(screen.usesColor, "xterm-256color has colours")
            var grid = Grid(size: screen.size)
            grid.put("T", at: Point(column: 0, row: 0), style: .title)
            grid.put("C", at: Point(column: 1, row: 0), style: .caution)
            grid.put("N", at: Point(column: 2, row: 0), style: .normal)
            screen.present(grid, cursor: nil)
            #expect(
                screen.virtualAttributes(row: 0, column: 0) == (
                    cnc_attribute_bold(), CursesPalette.pair(for: .title)
                ))
            #expect(
                screen.virtualAttributes(row: 0, column: 1) == (
                    cnc_attribute_bold(), CursesPalette.pair(for: .caution)
                ))
            #expect(screen.virtualAttributes(row: 0, column: 2) == (cnc_attribute_normal(), 0))
        }
    }

    @Test func noColorTurnsColoursOff() throws {
        try Self.withNoColor("1") {
            let screen = try CursesScreen(
                headlessSize: Size(width: 20, height: 4), colorMode: .automatic)
            defer { screen.restore() }
            #expect(!screen.usesColor)
        }
        try Self.withNoColor("") {
            let screen = try CursesScreen(
                headlessSize: Size(width: 20, height: 4), colorMode: .automatic)
            defer { screen.restore() }
            #expect(screen.usesColor, "an empty NO_COLOR does not count")
        }
    }

    @Test func typedBytesBecomeKeys() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 20, height: 4))
        defer { screen.restore() }
        screen.typeOnHeadlessKeyboard("qテ\u{1B}OA\r\u{7F}\u{1B}[3~\u{01}")
        let expected: [Key] = [
            .character("q"), .character("テ"), .up, .enter, .backspace, .delete, .ctrl("a"),
        ]
        for key in expected {
            #expect(screen.nextEvent(timeoutMilliseconds: nil) == .key(key))
        }
    }

    @Test func escapeAloneArrivesAfterTheShortDelay() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 20, height: 4))
        defer { screen.restore() }
        screen.typeOnHeadlessKeyboard("\u{1B}")
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == .key(.escape))
    }

    @Test func noInputWithinTheTimeoutIsATick() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 20, height: 4))
        defer { screen.restore() }
        #expect(screen.nextEvent(timeoutMilliseconds: 0) == .tick)
    }

    @Test func closedInputIsTheEndOfInputNotABusyLoop() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 20, height: 4))
        defer { screen.restore() }
        screen.typeOnHeadlessKeyboard("x")
        screen.closeHeadlessKeyboard()
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == .key(.character("x")))
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == .endOfInput)
        #expect(screen.nextEvent(timeoutMilliseconds: 10_000) == .endOfInput)
    }

    @Test func terminationSignalBecomesAnEvent() throws {
        let screen = try CursesScreen(
            headlessSize: Size(width: 20, height: 4), handlesSignals: true)
        defer { screen.restore() }
        raise(SIGHUP)
        #expect(screen.nextEvent(timeoutMilliseconds: nil) == .signal(SIGHUP))
        #expect(screen.nextEvent(timeoutMilliseconds: 0) == .tick)
    }

    @Test func restoreIsIdempotentAndEndsTheScreen() throws {
        let screen = try CursesScreen(headlessSize: Size(width: 20, height: 4))
        screen.restore()
        screen.restore()
        screen.present(Grid(size: screen.size), cursor: .origin)
        #expect(screen.nextEvent(timeoutMilliseconds: 0) == .endOfInput)
    }

    @Test func unknownAndDumbTerminalsAreRefused() {
        #expect(throws: CursesScreenError.unknownTerminalType("no-such-term")) {
            _ = try CursesScreen(
                headlessSize: Size(width: 20, height: 4), terminalType: "no-such-term")
        }
        #expect(throws: CursesScreenError.noCursorAddressing("dumb")) {
            _ = try CursesScreen(headlessSize: Size(width: 20, height: 4), terminalType: "dumb")
        }
    }
}
