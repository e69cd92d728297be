import TerminalUI
import Testing

@Suite struct GridTests {
    @Test func putWritesTextAndReturnsTheNextColumn() {
        var grid = Grid(size: Size(width: 12, height: 2))
        let end = grid.put("初動 ok", at: Point(column: 1, row: 0))
        #expect(end == 8)
        #expect(grid.lines() == [" 初動 ok", ""])
        #expect(grid[Point(column: 1, row: 0)].kind == .wideLead)
        #expect(grid[Point(column: 2, row: 0)].kind == .wideTrail)
        #expect(grid[Point(column: 2, row: 0)].text.isEmpty)
    }

    @Test func wideCharacterAtTheRightEdgeIsPaddedNotSplit() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.put("abあい", at: .origin)
        #expect(grid.lines(trimmingTrailingSpaces: false) == ["abあ "])
        #expect(grid[Point(column: 4, row: 0)].kind == .narrow)
        #expect(everyLineFills(grid))
    }

    @Test func wideCharacterCutByTheLeftClipEdgeBecomesABlank() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("......", at: .origin)
        grid.put(
            "あいう", at: Point(column: -1, row: 0),
            clippedTo: Rect(column: 0, row: 0, width: 6, height: 1))
        #expect(grid.lines() == [" いう."])
        var clipped = Grid(size: Size(width: 6, height: 1))
        clipped.put("あいう", at: .origin, clippedTo: Rect(column: 1, row: 0, width: 3, height: 1))
        #expect(clipped.lines(trimmingTrailingSpaces: false) == ["  い  "])
    }

    @Test func clipKeepsOtherRowsAndColumnsUntouched() {
        var grid = Grid(size: Size(width: 6, height: 3))
        grid.fill(grid.bounds, style: .muted)
        grid.put(
            "abcdef", at: Point(column: 0, row: 1), style: .title,
            clippedTo: Rect(column: 2, row: 1, width: 2, height: 1))
        grid.put(
            "zzz", at: Point(column: 0, row: 2),
            clippedTo: Rect(column: 0, row: 0, width: 6, height: 2))
        #expect(grid.lines() == ["", "  cd", ""])
        #expect(grid[Point(column: 1, row: 1)].style == .muted)
        #expect(grid[Point(column: 2, row: 1)].style == .title)
    }

    @Test func overwritingTheTrailOfAWideCharacterBlanksItsLead() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("あいう", at: .origin)
        grid.put("x", at: Point(column: 1, row: 0))
        #expect(grid.lines() == [" xいう"])
        #expect(everyLineFills(grid))
    }

    @Test func overwritingTheLeadOfAWideCharacterBlanksItsTrail() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("あいう", at: .origin)
        grid.put("x", at: Point(column: 2, row: 0))
        #expect(grid.lines() == ["あx う"])
        #expect(everyLineFills(grid))
    }

    @Test func wideOverWideShiftedByOneRepairsBothNeighbours() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("あいう", at: .origin)
        grid.put("か", at: Point(column: 1, row: 0))
        #expect(grid.lines() == [" か う"])
        #expect(everyLineFills(grid))
    }

    @Test func fillRepairsWidePairsAtItsEdges() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("あいう", at: .origin)
        grid.fill(Rect(column: 3, row: 0, width: 2, height: 1))
        #expect(grid.lines() == ["あ"])
        #expect(everyLineFills(grid))
    }

    @Test func controlsAreDroppedAndTabsBecomeSpaces() {
        var grid = Grid(size: Size(width: 8, height: 1))
        let end = grid.put("a\tb\u{1B}[2Jc\n", at: .origin)
        #expect(grid.lines() == ["a b[2Jc"])
        #expect(end == 7)
    }

    @Test func bidiOverridesAndIsolatesAreNeverDrawn() {
        var grid = Grid(size: Size(width: 8, height: 1))
        grid.put("ab\u{202E}cd\u{2066}e\u{2069}", at: .origin)
        #expect(grid.lines() == ["abcde"])
    }

    @Test func combiningMarksStayInTheirCell() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("e\u{301}か\u{3099}", at: .origin)
        #expect(grid[.origin].text == "e\u{301}")
        #expect(grid[Point(column: 1, row: 0)].text == "か\u{3099}")
        #expect(grid.lines() == ["e\u{301}か\u{3099}"])
    }

    @Test func multiScalarEmojiIsSplitLikeNcursesDoes() {
        var grid = Grid(size: Size(width: 8, height: 1))
        let end = grid.put("👍🏻", at: .origin)
        #expect(end == 4)
        #expect(grid[.origin].text == "👍")
        #expect(grid[Point(column: 2, row: 0)].text == "🏻")
    }

    @Test func putOutsideTheGridChangesNothing() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.put("abc", at: Point(column: 0, row: 5))
        grid.put("abc", at: Point(column: 7, row: 0))
        #expect(grid == Grid(size: Size(width: 3, height: 1)))
    }

    @Test func randomOverwritesKeepEveryLineAtGridWidth() {
        var grid = Grid(size: Size(width: 11, height: 3))
        let samples = ["初動", "a", "ｱ", "対応：LAN", "。", "xy"]
        var state: UInt64 = 42
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let column = Int((state >> 33) % 13) - 1
            let row = Int((state >> 20) % 3)
            let sample = samples[Int((state >> 40) % UInt64(samples.count))]
            grid.put(sample, at: Point(column: column, row: row))
            #expect(everyLineFills(grid))
        }
    }
}
