import TerminalUI
import Testing

@Suite struct ScrollViewTests {
    let text = (1...10).map { "line \($0)" }.joined(separator: "\n")
    let area = Rect(column: 0, row: 0, width: 12, height: 4)

    @Test func showsFromTheScrollPositionWithMarks() {
        let view = ScrollView(text: text, firstLine: 3)
        #expect(
            rendered(view, width: 12, height: 4) == [
                "line 4     ^",
                "line 5",
                "line 6",
                "line 7     v",
            ])
        #expect(view.maximumFirstLine(within: area) == 6)
    }

    @Test func scrollPositionIsClamped() {
        #expect(
            rendered(ScrollView(text: text, firstLine: 100), width: 12, height: 4) == [
                "line 7     ^",
                "line 8",
                "line 9",
                "line 10",
            ])
        #expect(ScrollView(text: text, firstLine: -5).clampedFirstLine(within: area) == 0)
    }

    @Test func shortTextHasNoMarks() {
        #expect(rendered(ScrollView(text: "短い文章"), width: 12, height: 4) == ["短い文章", "", "", ""])
    }

    @Test func paragraphsKeepTheirStylesAndWrap() {
        let view = ScrollView(content: [
            StyledText("なぜ重要か", style: .header),
            StyledText("電源を切ると証拠が消えます。"),
        ])
        let grid = renderedGrid(view, width: 12, height: 4)
        #expect(grid.lines() == ["なぜ重要か", "電源を切ると", "証拠が消えま", "す。"])
        #expect(grid[.origin].style == .header)
        #expect(grid[Point(column: 0, row: 1)].style == .normal)
    }
}
