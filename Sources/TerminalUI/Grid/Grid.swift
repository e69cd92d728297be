/// A screen-sized array of `Cell`s that widgets draw into and a `Terminal` presents.
///
/// Invariants, kept by every mutation: a `.wideLead` cell is always followed by
/// its `.wideTrail`, a wide character is never split by an edge or a clip
/// rect (the half that would show is padded with a blank), and overwriting one
/// half of a wide character blanks the other half (docs/ncurses.md P12).
public struct Grid: Hashable, Sendable {
    /// Width and height in cells.
    public let size: Size
    private var cells: [Cell]

    /// A grid of `size` (negative dimensions become 0) filled with blanks in `style`.
    public init(size: Size, style: Style = .normal) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank(style), count: self.size.width * self.size.height)
    }

    /// The whole grid as a rect at the origin.
    public var bounds: Rect { Rect(origin: .origin, size: size) }

    /// The cell at `point`; a blank for points outside the grid.
    public subscript(_ point: Point) -> Cell {
        guard bounds.contains(point) else { return .blank() }
        return cells[point.row * size.width + point.column]
    }

    /// The cells of row `index`, left to right (empty when outside).
    public func row(_ index: Int) -> ArraySlice<Cell> {
        guard index >= 0 && index < size.height else { return [] }
        let start = index * size.width
        return cells[start..<(start + size.width)]
    }

    /// Writes one line of `text` from `origin`, only inside `clip` (default: the grid).
    ///
    /// Control characters are dropped (a tab becomes a space), zero-width marks
    /// join the cell before them, and a wide character that an edge of the
    /// clip would cut is replaced by blanks. Returns the column just after the
    /// text as if nothing were clipped, so spans can be chained.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, at origin: Point, style: Style = .normal,
        clippedTo clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        let rowIsVisible = origin.row >= area.top && origin.row < area.bottom
        var column = origin.column
        for segment in Grid.segments(of: text) {
            defer { column += segment.width }
            let end = column + segment.width
            guard rowIsVisible, end > area.left, column < area.right else { continue }
            if column < area.left || end > area.right {
                for padded in max(column, area.left)..<min(end, area.right) {
                    store([.blank(style)], at: Point(column: padded, row: origin.row))
                }
            } else if segment.width == 1 {
                store(
                    [Cell(text: segment.text, style: style, kind: .narrow)],
                    at: Point(column: column, row: origin.row))
            } else {
                store(
                    [
                        Cell(text: segment.text, style: style, kind: .wideLead),
                        Cell(text: "", style: style, kind: .wideTrail),
                    ],
                    at: Point(column: column, row: origin.row))
            }
        }
        return column
    }

    /// Fills `rect` (clipped to the grid) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let area = rect.intersection(bounds)
        for row in area.top..<area.bottom {
            for column in area.left..<area.right {
                store([.blank(style)], at: Point(column: column, row: row))
            }
        }
    }

    /// Stores consecutive cells from `point`, first blanking the far half of any
    /// wide character they partly overwrite.
    private mutating func store(_ newCells: [Cell], at point: Point) {
        let start = point.row * size.width + point.column
        for offset in newCells.indices {
            breakWidePair(at: start + offset, column: point.column + offset)
        }
        for (offset, cell) in newCells.enumerated() {
            cells[start + offset] = cell
        }
    }

    private mutating func breakWidePair(at index: Int, column: Int) {
        switch cells[index].kind {
        case .wideTrail where column > 0:
            cells[index - 1] = .blank(cells[index - 1].style)
        case .wideLead where column + 1 < size.width:
            cells[index + 1] = .blank(cells[index + 1].style)
        default:
            break
        }
    }
}
