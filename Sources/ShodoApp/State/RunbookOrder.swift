import RunbookModel

/// The order runbooks are offered in: most severe first, then by id.
enum RunbookOrder {
    /// `runbooks` sorted for triage and the list; runbooks without a severity come last.
    static func triage(_ runbooks: [Runbook]) -> [Runbook] {
        runbooks.sorted { left, right in
            let leftRank = left.severity?.rank ?? Severity.allCases.count
            let rightRank = right.severity?.rank ?? Severity.allCases.count
            return leftRank != rightRank ? leftRank < rightRank : left.id < right.id
        }
    }
}
