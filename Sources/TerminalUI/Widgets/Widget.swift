/// Something that draws itself into a `Grid` within a `Rect`.
///
/// Widgets are values and drawing is a pure function of them: it never
/// touches a cell outside `area` (nor outside the grid) and changes nothing else.
public protocol Widget {
    /// Draws into the cells of `grid` that lie inside `area`.
    func draw(into grid: inout Grid, within area: Rect)
}
