import RunbookModel

/// One runbook inside a printed document: the main part or an appendix.
struct PrintedSection: Sendable, Hashable {
    var runbook: Runbook
    /// `A`, `B` ... for an appendix; `nil` for the main part.
    var appendixLetter: String?

    var isAppendix: Bool { appendixLetter != nil }

    /// Where links to this section point.
    var anchor: String { runbook.id }

    /// "3", or "A-3" in appendix A, for the step at that position in the list.
    func stepNumber(of stepID: String) -> String? {
        guard let index = runbook.index(of: stepID) else { return nil }
        let position = String(index + 1)
        return appendixLetter.map { "\($0)-\(position)" } ?? position
    }

    /// Where links to a step point; runbook and step ids cannot contain `.`.
    func anchor(ofStep stepID: String) -> String {
        "\(runbook.id).\(stepID)"
    }
}
