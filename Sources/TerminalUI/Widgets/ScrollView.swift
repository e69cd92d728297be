/// Long text shown from a scroll position, with `^`/`v` marks when more lies above or below.
///
/// Each `StyledText` is wrapped on its own with `TextWrapper` (line breaks and
/// blank lines kept). When the text is taller than the area, the last column
/// holds the scroll marks and the text wraps one column narrower. `firstLine`
/// is clamped to `0...maximumFirstLine(within:)`, so the app can add and
/// subtract freely on `j`/`k` and store the clamped value.
public struct ScrollView: Widget, Hashable, Sendable {
    /// The paragraphs, each with its style.
    public var content: [StyledText]
    /// The wrapped line shown in the top row (clamped when drawing).
    public var firstLine: Int

    /// A view of `content` scrolled to `firstLine`.
    public init(content: [StyledText], firstLine: Int = 0) {
        self.content = content
        self.firstLine = firstLine
    }

    /// A view of one text in one style.
    public init(text: String, style: Style = .normal, firstLine: Int = 0) {
        self.init(content: [StyledText(text, style: style)], firstLine: firstLine)
    }

    /// The wrapped lines as laid out in `area` (one column narrower when scrolling).
    public func lines(within area: Rect) -> [StyledText] {
        let full = wrappedLines(width: area.width)
        return full.count > area.height ? wrappedLines(width: area.width - 1) : full
    }

    /// The largest useful `firstLine` for `area`.
    public func maximumFirstLine(within area: Rect) -> Int {
        max(0, lines(within: area).count - area.height)
    }

    /// `firstLine` clamped to what `area` can show.
    public func clampedFirstLine(within area: Rect) -> Int {
        min(max(0, firstLine), maximumFirstLine(within: area))
    }

    /// Draws the visible lines and the scroll marks.
    public func draw(into grid: inout Grid, within area: Rect) {
        guard !area.isEmpty else { return }
        let all = lines(within: area)
        let first = clampedFirstLine(within: area)
        for (offset, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            grid.put(
                line.text, at: Point(column: area.left, row: area.top + offset), style: line.style,
                clippedTo: area)
        }
        ScrollMarkers.draw(
            into: &grid, within: area, hiddenAbove: first > 0,
            hiddenBelow: first + area.height < all.count)
    }

    private func wrappedLines(width: Int) -> [StyledText] {
        let wrapper = TextWrapper(width: width)
        return content.flatMap { paragraph in
            wrapper.wrap(paragraph.text).map { StyledText($0, style: paragraph.style) }
        }
    }
}
