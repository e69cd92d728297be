import TerminalUI

/// A choice's options, numbered, with the highlighted one marked `>`.
struct ChoicePanel: StepPanel {
    var heading: String
    var labels: [String]
    var selectedIndex: Int

    func requiredHeight(forWidth width: Int) -> Int {
        let numberWidth = String(max(1, labels.count)).count
        let wrapper = TextWrapper(width: max(1, width - numberWidth - 4))
        return 1 + labels.reduce(0) { $0 + max(1, wrapper.wrap($1).count) }
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        let parts = area.dividedFromTop(1)
        grid.put(heading, at: parts.slice.origin, style: .header, clippedTo: parts.slice)
        NumberedList(items: labels, selectedIndex: selectedIndex).draw(
            into: &grid, within: parts.remainder)
        return nil
    }
}
