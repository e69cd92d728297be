import TerminalUI

/// The parts every screen shares: the title bar, the key lines, the message line and the input line.
enum ScreenChrome {
    /// What is left for the screen after the bottom lines, and the input line's cursor.
    struct Bottom {
        var content: Rect
        var cursor: Point?
    }

    /// Most rows the key hints may take (they take only as many as they need):
    /// enough for every key of the busiest step (several contacts, a why) at
    /// 60 columns in Japanese, with room for more; the help overlay lists
    /// whatever would still be dropped.
    static let maximumKeyRows = 4
    /// Most rows the message line may take.
    static let maximumMessageRows = 2

    /// Draws the key hints, the message and the open input line from the bottom
    /// of the grid up; returns the rows above them.
    static func drawBottom(_ state: AppState, into grid: inout Grid) -> Bottom {
        // A drill's banner (and cards) keep the top rows on every screen.
        var remaining = DrillChrome.split(state, bounds: grid.bounds).rest
        let keyRows = keyHintRows(ScreenKeys.hints(for: state), width: remaining.width)
        let keys = remaining.dividedFromBottom(keyRows.count)
        for (index, hints) in keyRows.enumerated() {
            KeyHintBar(hints: hints).draw(into: &grid, within: keys.slice.row(index))
        }
        remaining = keys.remainder
        let messageLines = message(state.message, width: remaining.width - 2)
        let messageArea = remaining.dividedFromBottom(max(1, messageLines.count))
        for (index, line) in messageLines.enumerated() {
            grid.put(
                line.text,
                at: Point(column: messageArea.slice.left + 1, row: messageArea.slice.top + index),
                style: line.style, clippedTo: messageArea.slice)
        }
        remaining = messageArea.remainder
        guard let prompt = state.prompt, state.overlay == nil else {
            return Bottom(content: remaining, cursor: nil)
        }
        let promptArea = remaining.dividedFromBottom(4)
        let cursor = PromptLine.draw(
            prompt, text: state.text, into: &grid, within: promptArea.slice)
        return Bottom(content: promptArea.remainder, cursor: cursor)
    }

    /// The hints packed greedily into at most `maximumKeyRows` rows of `width`;
    /// the last row keeps the rest (its bar drops what still does not fit).
    static func keyHintRows(_ hints: [KeyHint], width: Int) -> [[KeyHint]] {
        var rows: [[KeyHint]] = [[]]
        for hint in hints {
            let candidate = rows[rows.count - 1] + [hint]
            let fits = !KeyHintBar(hints: candidate).visibleHints(forWidth: width).droppedSome
            if fits || rows[rows.count - 1].isEmpty || rows.count == maximumKeyRows {
                rows[rows.count - 1] = candidate
            } else {
                rows.append([hint])
            }
        }
        return rows
    }

    /// The message wrapped into at most `maximumMessageRows` lines, marked `!!` when it is an error.
    static func message(_ message: StatusMessage?, width: Int) -> [StyledText] {
        guard let message, width > 0 else { return [] }
        let text = message.isError ? "!! " + message.text : message.text
        let style: Style = message.isError ? Style.error.adding(.bold) : .success
        return TextWrapper.wrap(text, width: width).prefix(maximumMessageRows).map {
            StyledText($0, style: style)
        }
    }

    /// The reversed bar across the top with `left` and, when there is room, `right` at the end.
    static func drawTitleBar(
        left: String, right: String? = nil, style: Style = .title, into grid: inout Grid,
        within row: Rect
    ) {
        guard !row.isEmpty else { return }
        grid.fill(row, style: style)
        let inner = row.insetBy(columns: 1, rows: 0)
        var leftRoom = inner.width
        if let right, !right.isEmpty {
            let rightWidth = DisplayWidth.of(right)
            if rightWidth + 4 < inner.width {
                grid.put(
                    right, at: Point(column: inner.right - rightWidth, row: row.top), style: style,
                    clippedTo: inner)
                leftRoom = inner.width - rightWidth - 2
            }
        }
        let shown = TextTruncation.truncate(left, toWidth: leftRoom)
        grid.put(shown, at: inner.origin, style: style.adding(.bold), clippedTo: inner)
    }

    /// Draws `text` wrapped from the top of `area` in `style`; returns the rows used.
    @discardableResult
    static func drawWrapped(
        _ text: String, style: Style = .normal, into grid: inout Grid, within area: Rect
    ) -> Int {
        let lines = TextWrapper.wrap(text, width: area.width).prefix(area.height)
        for (index, line) in lines.enumerated() {
            grid.put(
                line, at: Point(column: area.left, row: area.top + index), style: style,
                clippedTo: area)
        }
        return lines.count
    }

    /// `label` and `path` in lines of at most `width` columns: one line when it
    /// fits, else the label alone and the path broken after a `/` (inside a name
    /// only when the name alone is wider than the line), so no part is lost or split oddly.
    static func pathLines(label: String, path: String, width: Int) -> [String] {
        let whole = label + " " + path
        guard width > 0, DisplayWidth.of(whole) > width else { return [whole] }
        var lines = [label]
        var current = ""
        let names = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, name) in names.enumerated() {
            let part = String(name) + (index < names.count - 1 ? "/" : "")
            if DisplayWidth.of(current + part) <= width {
                current += part
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var rest = part
            while DisplayWidth.of(rest) > width {
                let head = TextTruncation.prefix(of: rest, fittingIn: width)
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            current = rest
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// 「対応記録: PATH」 in muted lines of at most `width` (`pathLines`).
    static func journalPathLines(_ path: String, text: UIText, width: Int) -> [StyledText] {
        pathLines(label: text.journalLabel, path: path, width: width).map {
            StyledText($0, style: .muted)
        }
    }

    /// Rows `text` takes wrapped at `width`.
    static func wrappedHeight(_ text: String, width: Int) -> Int {
        TextWrapper.wrap(text, width: width).count
    }

    /// A rect of at most `size` centred in `area`.
    static func centered(_ size: Size, in area: Rect) -> Rect {
        let width = min(size.width, area.width)
        let height = min(size.height, area.height)
        return Rect(
            column: area.left + (area.width - width) / 2,
            row: area.top + (area.height - height) / 2,
            width: width, height: height)
    }

    /// The area inside the screen's side margins.
    static func margins(_ area: Rect) -> Rect {
        area.insetBy(columns: 1, rows: 0)
    }
}
