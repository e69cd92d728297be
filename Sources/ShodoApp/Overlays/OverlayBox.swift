import TerminalUI

/// A bordered box over the screen with wrapped lines inside, sized to its text.
struct OverlayBox {
    var title: String
    var lines: [StyledText]
    /// The widest the box may be, border included.
    var maximumWidth = 72
    /// The first wrapped line shown, when the lines are taller than the box (`j`/`k` scroll it).
    var firstLine = 0

    /// The border and the scrolling lines inside it, centred in `area`.
    private func layout(within area: Rect) -> (box: Rect, view: ScrollView, inside: Rect) {
        let width = min(maximumWidth, area.width)
        let inner = width - 4
        let wrapped = lines.flatMap { line in
            TextWrapper.wrap(line.text, width: max(1, inner)).map {
                StyledText($0, style: line.style)
            }
        }
        let box = ScreenChrome.centered(Size(width: width, height: wrapped.count + 2), in: area)
        return (
            box, ScrollView(content: wrapped, firstLine: firstLine),
            box.insetBy(columns: 2, rows: 1)
        )
    }

    /// The largest useful `firstLine` in `area`.
    func maximumFirstLine(within area: Rect) -> Int {
        let parts = layout(within: area)
        return parts.view.maximumFirstLine(within: parts.inside)
    }

    /// Clears `area` (what is under an overlay would only distract), then draws
    /// the border and the lines centred in it.
    func draw(into grid: inout Grid, within area: Rect) {
        let parts = layout(within: area)
        grid.fill(area)
        Box(title: title, borderStyle: Style.header.adding(.bold)).draw(
            into: &grid, within: parts.box)
        parts.view.draw(into: &grid, within: parts.inside)
    }
}
