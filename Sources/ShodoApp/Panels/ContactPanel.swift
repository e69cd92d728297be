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
///      番号が登録されていません。院内の緊急連絡表で…
/// ```
/// With several contacts the one picked by its number is marked `>` (and
/// highlighted), since `r`/`a`/`m` record a call to it. Nothing is cut: every
/// line wraps (notes in full), and the lines join the step's text in one
/// scrolling view (`StepScreen`), so a long list scrolls with a visible key.
/// A contact without a number to dial says what to do instead. In a drill whose
/// contacts are played, no number, address or note shows: only
/// 「訓練：実際には電話しません」; in a comcheck the real numbers show, each with
/// 「最初に「訓練です」と言う」 (docs/drill-scenario.md "Contacts in a drill").
struct ContactPanel {
    /// How a drill shows its contacts.
    enum DrillCalls {
        /// Played by the facilitator or Shodo: no real number.
        case simulated
        /// The real numbers, every call opened with 「訓練です」.
        case comcheck
    }

    var contacts: [StepPresentation.ContactCard]
    var view: StepViewState
    var text: UIText
    /// Nil outside a drill.
    var drillCalls: DrillCalls?

    /// Columns the detail lines are indented by.
    static let indent = "     "
    /// Columns before a contact's first line (`> ` or two spaces).
    static let lead = 2

    /// The heading and every contact's lines wrapped to `width`, each contact's
    /// first line carrying its number; the selected contact's lines highlighted.
    func lines(width: Int) -> [StyledText] {
        var lines = [StyledText(text.contactsHeading, style: .header)]
        for index in contacts.indices {
            lines += contactLines(index: index, width: width)
        }
        return lines
    }

    /// Index in `lines(width:)` of the first line of contact `index` (of the end, for `contacts.count`).
    func firstLine(ofContact index: Int, width: Int) -> Int {
        1
            + contacts.indices.prefix(index).reduce(0) {
                $0 + contactLines(index: $1, width: width).count
            }
    }

    private func contactLines(index: Int, width: Int) -> [StyledText] {
        let contact = contacts[index]
        let isSelected = contacts.count > 1 && view.selectedContact == index
        let results = view.calls.filter { $0.contactID == contact.id }.map {
            text.callResultName($0.result)
        }
        var first = "\(index + 1). \(contact.name)"
        if !results.isEmpty { first += "  [" + results.joined(separator: " / ") + "]" }
        var details: [String] = []
        if !contact.isKnown { details.append(text.contactNotInFile) }
        if drillCalls == .simulated {
            details.append(text.drillNoRealCall)
        } else {
            if drillCalls == .comcheck { details.append(text.comcheckOpening) }
            if let advice = contact.noNumberAdvice(language: text.language) {
                details.append(advice)
            } else {
                details += contact.phones
            }
            if let hours = contact.hours { details.append(text.hours(hours)) }
            if let url = contact.url { details.append(url) }
            if let notes = contact.notes { details.append(notes) }
        }
        let lead = isSelected ? "> " : String(repeating: " ", count: Self.lead)
        var rows = TextWrapper.wrap(first, width: max(1, width - Self.lead)).enumerated().map {
            offset, line in
            (offset == 0 ? lead : String(repeating: " ", count: Self.lead)) + line
        }
        let detailWidth = max(1, width - Self.indent.count)
        for detail in details {
            rows += TextWrapper.wrap(detail, width: detailWidth).map { Self.indent + $0 }
        }
        let style: Style = isSelected ? .selection : .normal
        return rows.enumerated().map { offset, row in
            StyledText(row, style: offset == 0 && !isSelected ? Style.normal.adding(.bold) : style)
        }
    }
}
