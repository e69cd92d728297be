/// A rectangle of cells: an `origin` (top-left) and a `size`.
///
/// `right` and `bottom` are exclusive, so a rect with width 0 or height 0 is
/// empty and contains no cell. Negative sizes are treated as empty.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public var origin: Point
    /// Width and height in cells.
    public var size: Size

    /// A rect at `origin` of `size`.
    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    /// A rect from its four numbers.
    public init(column: Int, row: Int, width: Int, height: Int) {
        self.init(origin: Point(column: column, row: row), size: Size(width: width, height: height))
    }

    /// The first column inside.
    public var left: Int { origin.column }
    /// The first row inside.
    public var top: Int { origin.row }
    /// The first column after the rect (exclusive).
    public var right: Int { origin.column + max(0, size.width) }
    /// The first row after the rect (exclusive).
    public var bottom: Int { origin.row + max(0, size.height) }
    /// Width in columns (0 when negative).
    public var width: Int { max(0, size.width) }
    /// Height in rows (0 when negative).
    public var height: Int { max(0, size.height) }
    /// Whether the rect holds no cell.
    public var isEmpty: Bool { size.width <= 0 || size.height <= 0 }

    /// Whether `point` lies inside.
    public func contains(_ point: Point) -> Bool {
        point.column >= left && point.column < right && point.row >= top && point.row < bottom
    }

    /// The cells both rects share (an empty rect when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let newLeft = max(left, other.left)
        let newTop = max(top, other.top)
        let newRight = min(right, other.right)
        let newBottom = min(bottom, other.bottom)
        return Rect(
            column: newLeft, row: newTop,
            width: max(0, newRight - newLeft), height: max(0, newBottom - newTop))
    }

    /// The rect shrunk by `columns` on the left and right and `rows` at the top and bottom.
    public func insetBy(columns: Int, rows: Int) -> Rect {
        Rect(
            column: left + columns, row: top + rows,
            width: max(0, width - 2 * columns), height: max(0, height - 2 * rows))
    }

    /// Splits off the top `rows` rows: `(slice, remainder)`, like `CGRect.divided`.
    public func dividedFromTop(_ rows: Int) -> (slice: Rect, remainder: Rect) {
        let taken = min(max(0, rows), height)
        return (
            Rect(column: left, row: top, width: width, height: taken),
            Rect(column: left, row: top + taken, width: width, height: height - taken)
        )
    }

    /// Splits off the bottom `rows` rows: `(slice, remainder)`.
    public func dividedFromBottom(_ rows: Int) -> (slice: Rect, remainder: Rect) {
        let taken = min(max(0, rows), height)
        return (
            Rect(column: left, row: bottom - taken, width: width, height: taken),
            Rect(column: left, row: top, width: width, height: height - taken)
        )
    }

    /// The single row `index` rows below the top (empty when outside).
    public func row(_ index: Int) -> Rect {
        guard index >= 0 && index < height else {
            return Rect(column: left, row: top, width: 0, height: 0)
        }
        return Rect(column: left, row: top + index, width: width, height: 1)
    }

    /// `WxH@(column,row)`, for logs and test failures.
    public var description: String { "\(size)@\(origin)" }
}
