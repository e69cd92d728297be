import RunbookModel
import TerminalUI

/// An input step's field, with what kind of value it takes and, after a refused Enter, why.
///
/// ```
/// 入力してください: 端末名（例: HIS-51）
/// > HIS-5_
/// !! 形式が違います。...
/// ```
struct InputPanel: StepPanel {
    var spec: InputSpec
    var view: StepViewState
    var text: UIText

    private var heading: String {
        var heading = text.inputHeading
        if spec.type != .text { heading += " " + text.inputTypeHint(spec.type) }
        if !spec.required { heading += " " + text.optionalInput }
        return heading
    }

    private var footer: StyledText? {
        if let problem = view.inputProblem {
            return StyledText("!! " + problem, style: Style.error.adding(.bold))
        }
        if !view.inputFocused { return StyledText(text.inputLeftHint, style: .muted) }
        return nil
    }

    func requiredHeight(forWidth width: Int) -> Int {
        ScreenChrome.wrappedHeight(heading, width: width) + 1
            + (footer.map { ScreenChrome.wrappedHeight($0.text, width: width) } ?? 0)
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        var row = area.top
        let headingRows = ScreenChrome.wrappedHeight(heading, width: area.width)
        ScreenChrome.drawWrapped(
            heading, style: .header, into: &grid,
            within: Rect(
                column: area.left, row: row, width: area.width,
                height: min(headingRows, area.height - 1)))
        row += min(headingRows, max(0, area.height - 1))
        guard row < area.bottom else { return nil }
        let marker = "> "
        grid.put(marker, at: Point(column: area.left, row: row), style: .header, clippedTo: area)
        let fieldArea = Rect(
            column: area.left + marker.count, row: row, width: area.width - marker.count, height: 1)
        let field = TextField(
            state: view.inputField, style: view.inputFocused ? .inputField : .normal)
        field.draw(into: &grid, within: fieldArea)
        row += 1
        if let footer, row < area.bottom {
            ScreenChrome.drawWrapped(
                footer.text, style: footer.style, into: &grid,
                within: Rect(
                    column: area.left, row: row, width: area.width, height: area.bottom - row))
        }
        return view.inputFocused ? field.cursorPosition(within: fieldArea) : nil
    }
}
