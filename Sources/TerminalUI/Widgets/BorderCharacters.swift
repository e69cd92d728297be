/// The ASCII characters a box border is drawn with (UI chrome stays ASCII:
/// East Asian Ambiguous box drawing may be 2 columns wide on CJK terminals).
struct BorderCharacters: Hashable, Sendable {
    var corner: Character
    var horizontal: Character
    var vertical: Character

    /// `+-|`, the ordinary border.
    static let plain = BorderCharacters(corner: "+", horizontal: "-", vertical: "|")
    /// `+=!`, the caution border: recognisable without colour.
    static let caution = BorderCharacters(corner: "+", horizontal: "=", vertical: "!")

    /// Draws the border around `area` (needs at least 2x2) and a title in the top edge.
    func draw(
        into grid: inout Grid, within area: Rect, title: String?, borderStyle: Style,
        titleStyle: Style
    ) {
        guard area.width >= 2 && area.height >= 2 else { return }
        let innerWidth = area.width - 2
        let edge =
            String(corner) + String(repeating: horizontal, count: innerWidth) + String(corner)
        grid.put(edge, at: area.origin, style: borderStyle, clippedTo: area)
        grid.put(
            edge, at: Point(column: area.left, row: area.bottom - 1), style: borderStyle,
            clippedTo: area)
        for row in (area.top + 1)..<(area.bottom - 1) {
            grid.put(
                String(vertical), at: Point(column: area.left, row: row), style: borderStyle,
                clippedTo: area)
            grid.put(
                String(vertical), at: Point(column: area.right - 1, row: row), style: borderStyle,
                clippedTo: area)
        }
        guard let title, !title.isEmpty, innerWidth >= 5 else { return }
        let shown = TextTruncation.truncate(title, toWidth: innerWidth - 3)
        grid.put(
            " \(shown) ", at: Point(column: area.left + 2, row: area.top), style: titleStyle,
            clippedTo: area)
    }
}
