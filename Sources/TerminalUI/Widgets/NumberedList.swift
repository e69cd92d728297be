/// Numbered options (`1. ...`) with the selected one highlighted, scrolled to stay visible.
///
/// ```
///   1. 無線LANを停止した
/// > 2. 有線LANケーブルを抜いた      <- whole row in .selection
///   3. どちらもできない
/// ```
/// The selected option gets a `>` and the `.selection` style, so it shows
/// without colour too. Long labels wrap with a hanging indent. When the
/// options are taller than the area, the last column holds `^`/`v` marks and
/// the list scrolls: drawing starts at `firstVisibleIndex`, moved just enough
/// to show the whole selected option (see `resolvedFirstVisibleIndex`).
/// Numbers are the list positions from 1; the `1`…`9` keys pick the first nine.
public struct NumberedList: Widget, Hashable, Sendable {
    /// The option labels, in order.
    public var items: [String]
    /// The highlighted option, if any.
    public var selectedIndex: Int?
    /// The option the app last showed at the top (a hint; it is adjusted).
    public var firstVisibleIndex: Int

    /// A list of `items` with an optional selection and scroll hint.
    public init(items: [String], selectedIndex: Int? = nil, firstVisibleIndex: Int = 0) {
        self.items = items
        self.selectedIndex = selectedIndex
        self.firstVisibleIndex = firstVisibleIndex
    }

    /// The option drawn at the top of `area`: the hint, moved so that the
    /// selected option is fully visible (when it fits) and no space is wasted at the end.
    public func resolvedFirstVisibleIndex(within area: Rect) -> Int {
        layout(within: area).first
    }

    /// Draws the visible options and the scroll marks.
    public func draw(into grid: inout Grid, within area: Rect) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let plan = layout(within: area)
        var row = area.top
        var index = plan.first
        while index < items.count && row < area.bottom {
            let isSelected = index == selectedIndex
            let style: Style = isSelected ? .selection : .normal
            let number = String(index + 1)
            let prefix =
                (isSelected ? "> " : "  ")
                + String(repeating: " ", count: plan.numberWidth - number.count) + number + ". "
            for (lineIndex, line) in plan.wrapped[index].enumerated() where row < area.bottom {
                let rowRect = Rect(
                    column: area.left, row: row, width: plan.textRight - area.left, height: 1)
                if isSelected { grid.fill(rowRect, style: style) }
                let lead = lineIndex == 0 ? prefix : String(repeating: " ", count: prefix.count)
                let column = grid.put(lead, at: rowRect.origin, style: style, clippedTo: rowRect)
                grid.put(
                    line, at: Point(column: column, row: row), style: style, clippedTo: rowRect)
                row += 1
            }
            index += 1
        }
        ScrollMarkers.draw(
            into: &grid, within: area, hiddenAbove: plan.first > 0,
            hiddenBelow: plan.first + plan.visibleCount(height: area.height) < items.count
                || plan.isLastCut(height: area.height))
    }

    /// Where the text goes and which options show.
    private struct Layout {
        var first: Int
        var numberWidth: Int
        var textRight: Int
        var wrapped: [[String]]

        func visibleCount(height: Int) -> Int {
            var used = 0
            var count = 0
            for lines in wrapped.dropFirst(first) {
                if used >= height { break }
                used += lines.count
                count += 1
            }
            return count
        }

        func isLastCut(height: Int) -> Bool {
            let used = wrapped.dropFirst(first).prefix(visibleCount(height: height)).reduce(0) {
                $0 + $1.count
            }
            return used > height
        }
    }

    private func layout(within area: Rect) -> Layout {
        let numberWidth = String(max(1, items.count)).count
        let prefixWidth = numberWidth + 4
        var wrapped = wrap(width: area.width - prefixWidth)
        var textRight = area.right
        let fitsWhole = wrapped.reduce(0) { $0 + $1.count } <= area.height
        if !fitsWhole {
            wrapped = wrap(width: area.width - prefixWidth - 1)
            textRight -= 1
        }
        var first = fitsWhole ? 0 : min(max(0, firstVisibleIndex), max(0, items.count - 1))
        if let selected = selectedIndex, selected >= 0, selected < items.count, !fitsWhole {
            if selected < first { first = selected }
            while first < selected
                && wrapped[first...selected].reduce(0, { $0 + $1.count }) > area.height
            {
                first += 1
            }
        }
        while first > 0 && wrapped[(first - 1)...].reduce(0, { $0 + $1.count }) <= area.height {
            first -= 1
        }
        return Layout(
            first: first, numberWidth: numberWidth, textRight: textRight, wrapped: wrapped)
    }

    private func wrap(width: Int) -> [[String]] {
        let wrapper = TextWrapper(width: max(1, width))
        return items.map { label in
            let lines = wrapper.wrap(label)
            return lines.isEmpty ? [""] : lines
        }
    }
}
