/// An editable single-line field drawn from a `TextFieldState`.
///
/// Draws in the first row of its area, filled with `style`. When the text is
/// wider than the row it scrolls horizontally by display width so that the
/// cursor stays visible: the view keeps the start of the text until the
/// cursor would leave the row, then keeps the cursor in the last column. A
/// wide character cut by the left edge shows as a blank. An empty field shows
/// `placeholder` in `.muted`. The backend places the terminal cursor at
/// `cursorPosition(within:)`, which is where an IME draws its composition.
public struct TextField: Widget, Hashable, Sendable {
    /// The text and cursor.
    public var state: TextFieldState
    /// Style of the field row.
    public var style: Style
    /// Shown when the field is empty.
    public var placeholder: String

    /// A field showing `state`.
    public init(state: TextFieldState, style: Style = .inputField, placeholder: String = "") {
        self.state = state
        self.style = style
        self.placeholder = placeholder
    }

    /// The column of the text shown at the left edge of a row `width` wide.
    public func scrollColumn(forWidth width: Int) -> Int {
        max(0, state.cursorColumn - (width - 1))
    }

    /// Where the terminal cursor goes; nil when the area is empty.
    public func cursorPosition(within area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let column = state.cursorColumn - scrollColumn(forWidth: area.width)
        return Point(column: area.left + column, row: area.top)
    }

    /// Draws the visible part of the text (or the placeholder).
    public func draw(into grid: inout Grid, within area: Rect) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        grid.fill(line, style: style)
        if state.isEmpty {
            grid.put(
                placeholder, at: line.origin, style: Style.muted.adding(style.attributes),
                clippedTo: line)
            return
        }
        let start = Point(column: line.left - scrollColumn(forWidth: line.width), row: line.top)
        grid.put(state.text, at: start, style: style, clippedTo: line)
    }
}
