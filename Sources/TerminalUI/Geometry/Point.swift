/// A cell position: `column` from the left, `row` from the top, both from 0.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// Columns from the left edge.
    public var column: Int
    /// Rows from the top edge.
    public var row: Int

    /// A position at `column`, `row`.
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The top-left cell.
    public static let origin = Point(column: 0, row: 0)

    /// `(column,row)`, for logs and test failures.
    public var description: String { "(\(column),\(row))" }
}
