/// A verbatim command in a box, to be typed exactly as shown.
///
/// ```
/// +- コマンド --------------------+
/// | netsh interface set interfac\|
/// | e name="Wi-Fi" admin=disable\|
/// | d                            |
/// +------------------------------+
/// ```
/// Nothing in the command is changed: spaces are kept, and a line too long for
/// the box is cut at the grapheme where it overflows, not at a word, so the
/// text read row after row is exactly the command. The column before the
/// right border is reserved for the continuation mark `\` (in `.muted`) on
/// every row whose line goes on in the next row. Line breaks in the command
/// are kept. Rows that do not fit in the area are cut off.
public struct CommandBox: Widget, Hashable, Sendable {
    /// The command, verbatim; may hold several lines.
    public var command: String
    /// A title in the top border, if any.
    public var title: String?

    /// A box showing `command` with an optional `title`.
    public init(command: String, title: String? = nil) {
        self.command = command
        self.title = title
    }

    /// The continuation mark at the end of a row whose line goes on.
    public static let continuationMark = "\\"

    /// One row of the command as laid out in the box.
    struct Row: Equatable {
        var text: String
        var continues: Bool
    }

    /// Rows needed at `width` columns, border included.
    public func requiredHeight(forWidth width: Int) -> Int {
        rows(forTextWidth: width - 4).count + 2
    }

    /// Draws border, title and the command rows.
    public func draw(into grid: inout Grid, within area: Rect) {
        Box(title: title).draw(into: &grid, within: area)
        let inside = area.insetBy(columns: 1, rows: 1)
        guard inside.width >= 3 else { return }
        let text = Rect(
            column: inside.left + 1, row: inside.top, width: inside.width - 2, height: inside.height
        )
        for (index, row) in rows(forTextWidth: text.width).prefix(text.height).enumerated() {
            let rowTop = text.top + index
            grid.put(
                row.text, at: Point(column: text.left, row: rowTop), style: .codeBlock,
                clippedTo: text)
            if row.continues {
                grid.put(
                    Self.continuationMark, at: Point(column: inside.right - 1, row: rowTop),
                    style: .muted,
                    clippedTo: inside)
            }
        }
    }

    /// The command cut into rows of at most `textWidth` columns.
    func rows(forTextWidth textWidth: Int) -> [Row] {
        guard textWidth >= 2 else { return [] }
        var rows: [Row] = []
        for line in command.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var current = ""
            var used = 0
            for character in line {
                let width = DisplayWidth.of(character)
                if used + width > textWidth && !current.isEmpty {
                    rows.append(Row(text: current, continues: true))
                    current = ""
                    used = 0
                }
                current.append(character)
                used += width
            }
            rows.append(Row(text: current, continues: false))
        }
        return rows
    }
}
