import TerminalUI

/// A check's condition in a box titled 「確認すること」.
struct CheckPanel: StepPanel {
    var title: String
    var expect: String?

    func requiredHeight(forWidth width: Int) -> Int {
        guard let expect else { return 0 }
        return ScreenChrome.wrappedHeight(expect, width: width - 4) + 2
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        guard let expect, area.height >= 3 else { return nil }
        Box(title: title).draw(into: &grid, within: area)
        ScreenChrome.drawWrapped(
            expect, style: .normal, into: &grid, within: area.insetBy(columns: 2, rows: 1))
        return nil
    }
}
