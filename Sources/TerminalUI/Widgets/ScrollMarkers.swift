/// The ASCII marks in the right column that say more content lies above (`^`) or below (`v`).
enum ScrollMarkers {
    static let above = "^"
    static let below = "v"

    /// Draws the marks into the last column of `area` when there is hidden content.
    static func draw(into grid: inout Grid, within area: Rect, hiddenAbove: Bool, hiddenBelow: Bool)
    {
        guard !area.isEmpty else { return }
        let column = area.right - 1
        if hiddenAbove {
            grid.put(
                above, at: Point(column: column, row: area.top), style: .muted, clippedTo: area)
        }
        if hiddenBelow {
            grid.put(
                below, at: Point(column: column, row: area.bottom - 1), style: .muted,
                clippedTo: area)
        }
    }
}
