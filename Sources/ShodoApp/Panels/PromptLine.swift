import TerminalUI

/// The input line that asks for a note or a reason: a label, the field, and the problem under it.
///
/// ```
/// -------------------------------------------
///  飛ばす理由:
///  > 担当者が不在のため_
///  !! 理由を書いてください。
/// ```
enum PromptLine {
    /// Draws `prompt` in `area` (4 rows); returns where the cursor goes.
    static func draw(_ prompt: LinePrompt, text: UIText, into grid: inout Grid, within area: Rect)
        -> Point?
    {
        guard area.height >= 3 else { return nil }
        grid.fill(area)
        grid.put(
            String(repeating: "-", count: area.width), at: area.origin, style: .muted,
            clippedTo: area)
        let inner = ScreenChrome.margins(area)
        grid.put(
            text.promptLabel(prompt.purpose), at: Point(column: inner.left, row: area.top + 1),
            style: Style.header.adding(.bold), clippedTo: inner.row(1))
        let marker = "> "
        grid.put(
            marker, at: Point(column: inner.left, row: area.top + 2), style: .header,
            clippedTo: inner)
        let fieldArea = Rect(
            column: inner.left + marker.count, row: area.top + 2, width: inner.width - marker.count,
            height: 1)
        let field = TextField(state: prompt.field)
        field.draw(into: &grid, within: fieldArea)
        if let problem = prompt.problem, area.height >= 4 {
            grid.put(
                "!! " + problem, at: Point(column: inner.left, row: area.top + 3),
                style: Style.error.adding(.bold),
                clippedTo: inner.row(3))
        }
        return field.cursorPosition(within: fieldArea)
    }
}
