import TerminalUI
import Testing

@Suite struct NumberedListTests {
    let options = ["無線LANを停止した", "有線LANケーブルを抜いた", "どちらもできない"]

    @Test func selectedOptionHasAMarkerAndTheSelectionStyle() {
        let grid = renderedGrid(
            NumberedList(items: options, selectedIndex: 1), width: 30, height: 5)
        #expect(
            grid.lines() == [
                "  1. 無線LANを停止した",
                "> 2. 有線LANケーブルを抜いた",
                "  3. どちらもできない",
                "",
                "",
            ])
        #expect(grid[Point(column: 0, row: 1)].style == .selection)
        #expect(grid[Point(column: 29, row: 1)].style == .selection)
        #expect(grid[Point(column: 0, row: 0)].style == .normal)
    }

    @Test func longLabelsWrapWithAHangingIndent() {
        let list = NumberedList(items: ["とても長い選択肢のラベルがここにあります"], selectedIndex: nil)
        #expect(
            rendered(list, width: 20, height: 4) == [
                "  1. とても長い選択",
                "     肢のラベルがこ",
                "     こにあります",
                "",
            ])
    }

    @Test func scrollsToKeepTheSelectionVisibleWithMarks() {
        let items = (1...12).map { "項目\($0)" }
        let list = NumberedList(items: items, selectedIndex: 9)
        let area = Rect(column: 0, row: 0, width: 20, height: 4)
        #expect(list.resolvedFirstVisibleIndex(within: area) == 6)
        let grid = renderedGrid(list, width: 20, height: 4)
        #expect(
            grid.lines() == [
                "   7. 項目7        ^",
                "   8. 項目8",
                "   9. 項目9",
                "> 10. 項目10       v",
            ])
        #expect(grid[Point(column: 19, row: 3)].style == .muted)
    }

    @Test func scrollHintIsKeptWhileTheSelectionStaysVisible() {
        let items = (1...12).map { "項目\($0)" }
        let area = Rect(column: 0, row: 0, width: 20, height: 4)
        #expect(
            NumberedList(items: items, selectedIndex: 9, firstVisibleIndex: 8)
                .resolvedFirstVisibleIndex(within: area) == 8)
        #expect(
            NumberedList(items: items, selectedIndex: 2, firstVisibleIndex: 8)
                .resolvedFirstVisibleIndex(within: area) == 2)
        #expect(
            NumberedList(items: items, selectedIndex: 11, firstVisibleIndex: 11)
                .resolvedFirstVisibleIndex(within: area) == 8)
    }

    @Test func selectionIsAlwaysVisibleAndNothingOverflows() {
        let items = (1...9).map { "選択肢\($0)：" + String(repeating: "あ", count: $0 * 3) }
        for width in stride(from: 8, through: 40, by: 4) {
            for height in 1...8 {
                for selected in items.indices {
                    let grid = renderedGrid(
                        NumberedList(items: items, selectedIndex: selected), width: width,
                        height: height)
                    #expect(everyLineFills(grid))
                    let markerShown = grid.lines().contains { $0.hasPrefix(">") }
                    #expect(markerShown, "width \(width) height \(height) selected \(selected)")
                }
            }
        }
    }
}
