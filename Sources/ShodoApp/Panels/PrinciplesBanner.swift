import TerminalUI

/// The first principles as a heading and one `- ` line each (wrapped with a hanging indent).
struct PrinciplesBanner: Widget {
    var heading: String
    var principles: [String]

    /// The lines at `width`, heading first.
    func lines(forWidth width: Int) -> [StyledText] {
        guard !principles.isEmpty else { return [] }
        var lines = [StyledText(heading + ":", style: Style.principle.adding(.bold))]
        for principle in principles {
            for (index, line) in TextWrapper.wrap(principle, width: max(1, width - 2)).enumerated()
            {
                lines.append(StyledText((index == 0 ? "- " : "  ") + line, style: .principle))
            }
        }
        return lines
    }

    func requiredHeight(forWidth width: Int) -> Int {
        lines(forWidth: width).count
    }

    func draw(into grid: inout Grid, within area: Rect) {
        for (index, line) in lines(forWidth: area.width).prefix(area.height).enumerated() {
            grid.put(
                line.text, at: Point(column: area.left, row: area.top + index), style: line.style,
                clippedTo: area)
        }
    }
}
