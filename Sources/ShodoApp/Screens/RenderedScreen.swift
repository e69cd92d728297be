import TerminalUI

/// A drawn frame: the grid and where the terminal cursor goes (nil hides it).
public struct RenderedScreen: Hashable, Sendable {
    /// The cells to present.
    public var grid: Grid
    /// The cursor of the field being typed into, if any.
    public var cursor: Point?

    /// A frame of `grid` with `cursor`.
    public init(grid: Grid, cursor: Point? = nil) {
        self.grid = grid
        self.cursor = cursor
    }
}
