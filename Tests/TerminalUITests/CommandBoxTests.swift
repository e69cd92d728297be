import TerminalUI
import Testing

@Suite struct CommandBoxTests {
    @Test func shortCommandFitsOnOneRow() {
        let box = CommandBox(command: "ipconfig /all", title: "コマンド")
        #expect(box.requiredHeight(forWidth: 24) == 3)
        let grid = renderedGrid(box, width: 24, height: 3)
        #expect(
            grid.lines() == [
                "+- コマンド -----------+",
                "| ipconfig /all        |",
                "+----------------------+",
            ])
        #expect(grid[Point(column: 2, row: 1)].style == .codeBlock)
    }

    @Test func longCommandIsCutAtAnyCharacterWithAContinuationMark() {
        let box = CommandBox(command: "netsh interface set interface name=\"Wi-Fi\" admin=disabled")
        #expect(box.requiredHeight(forWidth: 32) == 5)
        let grid = renderedGrid(box, width: 32, height: 5)
        #expect(
            grid.lines() == [
                "+------------------------------+",
                "| netsh interface set interfac\\|",
                "| e name=\"Wi-Fi\" admin=disable\\|",
                "| d                            |",
                "+------------------------------+",
            ])
        #expect(grid[Point(column: 30, row: 1)].style == .muted)
    }

    @Test func rowsReadInOrderGiveTheCommandBack() {
        let command =
            "  Get-NetAdapter | Where-Object {$_.Status -eq \"Up\"} | Disable-NetAdapter -Confirm:$false"
        for width in 6...60 {
            let box = CommandBox(command: command)
            let grid = renderedGrid(box, width: width, height: box.requiredHeight(forWidth: width))
            let rows = grid.lines(trimmingTrailingSpaces: false).dropFirst().prefix {
                !$0.hasPrefix("+")
            }
            let text = rows.map { String($0.dropFirst(2).dropLast(2)) }
            let rebuilt = text.enumerated().map { index, row in
                index == text.count - 1 ? String(row.reversed().drop { $0 == " " }.reversed()) : row
            }.joined()
            #expect(rebuilt == command, "width \(width)")
            #expect(everyLineFills(grid))
        }
    }

    @Test func lineBreaksInTheCommandAreKeptAndJapaneseIsNotSplit() {
        let grid = renderedGrid(CommandBox(command: "echo 初動対応\nexit"), width: 12, height: 5)
        #expect(
            grid.lines() == [
                "+----------+",
                "| echo 初 \\|",
                "| 動対応   |",
                "| exit     |",
                "+----------+",
            ])
    }
}
