import RunbookModel

/// Most severe first, then by id, so lists are stable.
enum TriageOrder {
    static func isBefore(_ lhs: Runbook, _ rhs: Runbook) -> Bool {
        let left = lhs.severity?.rank ?? Severity.allCases.count
        let right = rhs.severity?.rank ?? Severity.allCases.count
        return left != right ? left < right : lhs.id < rhs.id
    }
}
