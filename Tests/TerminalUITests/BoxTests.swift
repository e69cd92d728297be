import TerminalUI
import Testing

@Suite struct BoxTests {
    @Test func boxDrawsAnASCIIBorderWithItsTitle() {
        #expect(
            rendered(Box(title: "手順"), width: 12, height: 3) == [
                "+- 手順 ---+",
                "|          |",
                "+----------+",
            ])
        #expect(
            Box.contentArea(within: Rect(column: 0, row: 0, width: 12, height: 3))
                == Rect(column: 1, row: 1, width: 10, height: 1))
    }

    @Test func longTitleIsTruncatedInsideTheBorder() {
        let grid = renderedGrid(Box(title: "とても長いタイトルです"), width: 12, height: 2)
        #expect(grid.lines() == ["+- とて.. -+", "+----------+"])
        #expect(grid[Point(column: 3, row: 0)].style == .header)
        #expect(everyLineFills(grid))
    }

    @Test func tooSmallBoxDrawsNothing() {
        #expect(rendered(Box(title: "x"), width: 1, height: 5).allSatisfy { $0.isEmpty })
    }

    @Test func cautionBoxSaysCautionWithoutColour() {
        let caution = CautionBox(label: "注意 / CAUTION", body: "電源は切らないでください。")
        #expect(caution.requiredHeight(forWidth: 32) == 3)
        let grid = renderedGrid(caution, width: 32, height: 3)
        #expect(
            grid.lines() == [
                "+= !! 注意 / CAUTION !! =======+",
                "! 電源は切らないでください。   !",
                "+==============================+",
            ])
        #expect(grid[Point(column: 0, row: 0)].style == .cautionBorder)
        #expect(grid[Point(column: 3, row: 0)].style == Style.caution.adding(.bold))
        #expect(grid[Point(column: 2, row: 1)].style == .caution)
    }

    @Test func cautionBodyWrapsInsideTheBorder() {
        let caution = CautionBox(label: "注意", body: "感染端末の電源は切らずに、ネットワークから隔離します。")
        #expect(caution.requiredHeight(forWidth: 24) == 5)
        let grid = renderedGrid(caution, width: 24, height: 5)
        #expect(
            grid.lines() == [
                "+= !! 注意 !! =========+",
                "! 感染端末の電源は切ら !",
                "! ずに、ネットワークか !",
                "! ら隔離します。       !",
                "+======================+",
            ])
    }
}
