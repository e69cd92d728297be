/// The verification code drawn large in ASCII art (`#`), 5 rows per line of glyphs.
///
/// Made for `XXXX-XXXX-XXXX-XXXX-XXXX` (Crockford base 32): the text is split
/// into groups at `-`, and groups are spread evenly over as few glyph lines
/// as fit the width, joined by the `-` glyph. Glyphs are 3 columns with 1
/// column between them, so a group of 4 takes 15 columns and a joining dash 5:
/// the 20-character code takes two glyph lines (3 + 2 groups, 55 columns wide,
/// 11 rows with the blank row between) at 60 columns and up. A group wider
/// than the area is cut at the right edge. The plain code must be shown as
/// well (spec: the end screen shows it as text).
public struct BigText: Widget, Hashable, Sendable {
    /// The text to draw, e.g. `7Q3M-...`.
    public var text: String
    /// Style of the glyphs.
    public var style: Style

    /// Big `text` in `style`.
    public init(text: String, style: Style = .bigCode) {
        self.text = text
        self.style = style
    }

    /// Rows of each glyph line.
    public static let glyphHeight = BigTextFont.height

    /// The glyph lines at `width` columns: each is the text of that line.
    ///
    /// As few lines as fit, with the groups spread evenly over them (3 + 2
    /// rather than 4 + 1), so the two halves of the code read alike.
    public func glyphLines(forWidth width: Int) -> [String] {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let greedy = Self.pack(groups, width: width, groupsPerLine: groups.count)
        let perLine = (groups.count + greedy.count - 1) / max(1, greedy.count)
        let balanced = Self.pack(groups, width: width, groupsPerLine: perLine)
        return balanced.count == greedy.count ? balanced : greedy
    }

    /// Packs groups into lines of at most `width` columns and `groupsPerLine` groups.
    private static func pack(_ groups: [String], width: Int, groupsPerLine: Int) -> [String] {
        var lines: [String] = []
        var groupsInLine = 0
        for group in groups {
            if let last = lines.last, groupsInLine < groupsPerLine,
                columns(for: last + "-" + group) <= width
            {
                lines[lines.count - 1] = last + "-" + group
                groupsInLine += 1
            } else {
                lines.append(group)
                groupsInLine = 1
            }
        }
        return lines
    }

    /// The rows and columns the drawing needs at most `width` columns wide.
    public func requiredSize(forWidth width: Int) -> Size {
        let lines = glyphLines(forWidth: width)
        let widest = lines.map(Self.columns(for:)).max() ?? 0
        return Size(width: widest, height: max(0, lines.count * (Self.glyphHeight + 1) - 1))
    }

    /// The drawing as plain rows of `#` and spaces, for tests and plain output.
    public func renderedRows(forWidth width: Int) -> [String] {
        var rows: [String] = []
        for (index, line) in glyphLines(forWidth: width).enumerated() {
            if index > 0 { rows.append("") }
            for glyphRow in 0..<Self.glyphHeight {
                let row = line.map { BigTextFont.glyph(for: $0)[glyphRow] }.joined(separator: " ")
                rows.append(row)
            }
        }
        return rows
    }

    /// Draws the glyph rows from the top-left of `area`.
    public func draw(into grid: inout Grid, within area: Rect) {
        for (offset, row) in renderedRows(forWidth: area.width).prefix(area.height).enumerated() {
            grid.put(
                row, at: Point(column: area.left, row: area.top + offset), style: style,
                clippedTo: area)
        }
    }

    /// Columns a glyph line of `text` takes.
    static func columns(for text: String) -> Int {
        text.isEmpty ? 0 : text.count * (BigTextFont.width + 1) - 1
    }
}
