import TerminalUI

/// A command step's command, verbatim in its own box, and how to record the result.
struct CommandPanel: StepPanel {
    var command: String
    var title: String
    var hint: String

    func requiredHeight(forWidth width: Int) -> Int {
        CommandBox(command: command, title: title).requiredHeight(forWidth: width) + 1
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        let box = area.dividedFromTop(max(0, area.height - 1))
        CommandBox(command: command, title: title).draw(into: &grid, within: box.slice)
        grid.put(hint, at: box.remainder.origin, style: .muted, clippedTo: box.remainder)
        return nil
    }
}
