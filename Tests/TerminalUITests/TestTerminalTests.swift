import ShodoTestSupport
import TerminalUI
import Testing

@MainActor
@Suite struct TestTerminalTests {
    @Test func playsScriptedEventsThenEndsInput() {
        let terminal = TestTerminal(
            size: Size(width: 80, height: 24),
            events: [
                .key(.enter), .resize(Size(width: 60, height: 18)), .tick,
            ])
        terminal.enqueueTyping("はい")
        #expect(terminal.nextEvent(timeoutMilliseconds: nil) == .key(.enter))
        #expect(
            terminal.nextEvent(timeoutMilliseconds: 1000) == .resize(Size(width: 60, height: 18)))
        #expect(terminal.size == Size(width: 60, height: 18))
        #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .tick)
        #expect(terminal.nextEvent(timeoutMilliseconds: nil) == .key(.character("は")))
        #expect(terminal.nextEvent(timeoutMilliseconds: nil) == .key(.character("い")))
        #expect(terminal.nextEvent(timeoutMilliseconds: nil) == .endOfInput)
        #expect(terminal.nextEvent(timeoutMilliseconds: nil) == .endOfInput)
        #expect(terminal.requestedTimeouts == [nil, 1000, 1000, nil, nil, nil, nil])
    }

    @Test func recordsFramesCursorsAndRestores() {
        let terminal = TestTerminal(keys: [.character("q")])
        var grid = Grid(size: terminal.size)
        grid.put("初動", at: .origin, style: .title)
        terminal.present(grid, cursor: Point(column: 4, row: 0))
        terminal.present(Grid(size: terminal.size), cursor: nil)
        terminal.restore()
        terminal.restore()
        #expect(terminal.presentedGrids.first?.lines().first == "初動")
        #expect(terminal.screenLines.allSatisfy { $0.isEmpty })
        #expect(terminal.presentedCursors == [Point(column: 4, row: 0), nil])
        #expect(terminal.restoreCount == 2)
    }
}
