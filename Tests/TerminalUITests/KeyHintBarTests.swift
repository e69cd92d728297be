import TerminalUI
import Testing

@Suite struct KeyHintBarTests {
    let bar = KeyHintBar(hints: [
        KeyHint(key: "Enter", label: "完了"),
        KeyHint(key: "s", label: "スキップ"),
        KeyHint(key: "f", label: "失敗"),
        KeyHint(key: "?", label: "ヘルプ", isEssential: true),
        KeyHint(key: "q", label: "終了", isEssential: true),
    ])

    @Test func allHintsWhenTheyFit() {
        let grid = renderedGrid(bar, width: 80, height: 1)
        #expect(grid.lines() == ["[Enter] 完了  [s] スキップ  [f] 失敗  [?] ヘルプ  [q] 終了"])
        #expect(grid[Point(column: 0, row: 0)].style == .key)
        #expect(grid[Point(column: 8, row: 0)].style == .keyHint)
        #expect(grid[Point(column: 79, row: 0)].style == .keyHint)
    }

    @Test func nonEssentialHintsAreDroppedFromTheEnd() {
        let grid = renderedGrid(bar, width: 50, height: 1)
        #expect(grid.lines() == ["[Enter] 完了  [?] ヘルプ  [q] 終了  .."])
        #expect(grid[Point(column: 36, row: 0)].style == .muted)
        #expect(bar.visibleHints(forWidth: 50).droppedSome)
        #expect(bar.visibleHints(forWidth: 80).hints == bar.hints)
    }

    @Test func essentialHintsAreCutWithAMarkerWhenEvenTheyDoNotFit() {
        #expect(rendered(bar, width: 20, height: 1) == ["[?] ヘルプ  [q] 終.."])
        #expect(rendered(bar, width: 1, height: 1) == ["."])
    }

    @Test(arguments: 1...70)
    func neverWiderThanTheLine(width: Int) {
        let grid = renderedGrid(bar, width: width, height: 1)
        #expect(everyLineFills(grid))
        #expect(DisplayWidth.of(grid.lines()[0]) <= width)
    }
}
