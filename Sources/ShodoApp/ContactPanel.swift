import RunEngine
import TerminalUI

/// A contact step's people to call: number, name, the calls recorded so far, phone numbers, hours and notes.
///
/// ```
/// 連絡先:
/// > 1. IT 当番                 [出なかった / 通じた]
///      内線 1234
///      受付: 24時間
///   2. ベンダー
///      電話番号なし
/// ```
/// With several contacts the one picked by its number is marked `>` (and
/// highlighted), since `r`/`a`/`m` record a call to it. Numbers and hours
/// each get their own line so neither is ever cut; notes wrap to two lines.
struct ContactPanel: StepPanel {
    var contacts: [StepPresentation.ContactCard]
    var view: StepViewState
    var text: UIText

    /// Rows of a note at most.
    static let maximumNoteRows = 2
    /// Columns the detail lines are indented by.
    static let indent = "     "

    /// The rows of one contact at `width`, the first one carrying the number.
    private func rows(for index: Int, width: Int) -> [String] {
        let contact = contacts[index]
        let results = view.calls.filter { $0.contactID == contact.id }.map { text.callResultName($0.result) }
        var first = "\(index + 1). \(contact.name)"
        if !results.isEmpty { first += "  [" + results.joined(separator: " / ") + "]" }
        var details: [String] = []
        if !contact.isKnown {
            details.append(text.contactNotInFile)
        } else {
            details.append(contact.phones.isEmpty ? text.noPhoneNumber : contact.phones.joined(separator: " / "))
        }
        if let hours = contact.hours { details.append(text.hours(hours)) }
        if let url = contact.url { details.append(url) }
        var lines = [first] + details.map { Self.indent + $0 }
        if let notes = contact.notes {
            let wrapped = TextWrapper.wrap(notes, width: max(1, width - Self.indent.count - 2))
            lines += wrapped.prefix(Self.maximumNoteRows).map { Self.indent + $0 }
        }
        return lines
    }

    func requiredHeight(forWidth width: Int) -> Int {
        1 + contacts.indices.reduce(0) { $0 + rows(for: $1, width: width).count }
    }

    func draw(into grid: inout Grid, within area: Rect) -> Point? {
        grid.put(text.contactsHeading, at: area.origin, style: .header, clippedTo: area)
        var row = area.top + 1
        let marksSelection = contacts.count > 1
        for index in contacts.indices {
            let isSelected = marksSelection && view.selectedContact == index
            for (offset, line) in rows(for: index, width: area.width).enumerated() where row < area.bottom {
                let rowRect = Rect(column: area.left, row: row, width: area.width, height: 1)
                let style: Style = isSelected ? .selection : (offset == 0 ? Style.normal.adding(.bold) : .normal)
                if isSelected { grid.fill(rowRect, style: style) }
                let lead = offset == 0 && isSelected ? "> " : "  "
                let shown = TextTruncation.truncate(lead + line, toWidth: rowRect.width)
                grid.put(shown, at: rowRect.origin, style: style, clippedTo: rowRect)
                row += 1
            }
        }
        return nil
    }
}
