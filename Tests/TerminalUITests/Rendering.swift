import TerminalUI

/// Draws `widget` into a fresh grid filling it, and returns the grid's lines.
func rendered(_ widget: some Widget, width: Int, height: Int) -> [String] {
    renderedGrid(widget, width: width, height: height).lines()
}

/// Draws `widget` into a fresh grid filling it.
func renderedGrid(_ widget: some Widget, width: Int, height: Int) -> Grid {
    var grid = Grid(size: Size(width: width, height: height))
    widget.draw(into: &grid, within: grid.bounds)
    return grid
}

/// Whether every line of `grid` is exactly its width in display columns
/// (a wide character never sticks out, nothing is lost).
func everyLineFills(_ grid: Grid) -> Bool {
    grid.lines(trimmingTrailingSpaces: false).allSatisfy { DisplayWidth.of($0) == grid.size.width }
}
