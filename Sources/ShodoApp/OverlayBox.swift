import TerminalUI

/// A bordered box over the screen with wrapped lines inside, sized to its text.
struct OverlayBox {
    var title: String
    var lines: [StyledText]
    /// The widest the box may be, border included.
    var maximumWidth = 72

    /// Clears `area` (what is under an overlay would only distract), then draws
    /// the border and the lines centred in it.
    func draw(into grid: inout Grid, within area: Rect) {
        let width = min(maximumWidth, area.width)
        let inner = width - 4
        let wrapped = lines.flatMap { line in
            TextWrapper.wrap(line.text, width: max(1, inner)).map { StyledText($0, style: line.style) }
        }
        let box = ScreenChrome.centered(Size(width: width, height: wrapped.count + 2), in: area)
        grid.fill(area)
        Box(title: title, borderStyle: Style.header.adding(.bold)).draw(into: &grid, within: box)
        ScrollView(content: wrapped).draw(into: &grid, within: box.insetBy(columns: 2, rows: 1))
    }
}
