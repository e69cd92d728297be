/// An ASCII border (`+-|`) around an area, with an optional title in the top edge.
///
/// ```
/// +- 手順 3/12 ------------+
/// |                        |
/// +------------------------+
/// ```
/// Draws only the border (the title truncated with `..` if needed); put the
/// content inside `Box.contentArea(within:)`. Needs at least 2x2 cells.
public struct Box: Widget, Hashable, Sendable {
    /// The title shown in the top edge, if any.
    public var title: String?
    /// Style of the border characters.
    public var borderStyle: Style
    /// Style of the title.
    public var titleStyle: Style

    /// A box with an optional `title`.
    public init(title: String? = nil, borderStyle: Style = .normal, titleStyle: Style = .header) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The area inside the border of a box drawn within `area`.
    public static func contentArea(within area: Rect) -> Rect {
        area.insetBy(columns: 1, rows: 1)
    }

    /// Draws the border and title.
    public func draw(into grid: inout Grid, within area: Rect) {
        BorderCharacters.plain.draw(
            into: &grid, within: area, title: title, borderStyle: borderStyle,
            titleStyle: titleStyle)
    }
}
