/// A moment that matters after the fact, declared by a runbook (revision 2).
///
/// The same id in several runbooks is the same milestone: RB-02's `isolated`
/// counts for RB-01, which includes it.
public struct Milestone: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: LocalizedText

    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// A `must_reach` entry: every path to the end of a run passes `milestone`, within
/// the first `withinSteps` steps shown when that is given.
public struct MilestoneGuarantee: Sendable, Hashable {
    public var milestone: String
    public var withinSteps: Int?

    public init(milestone: String, withinSteps: Int? = nil) {
        self.milestone = milestone
        self.withinSteps = withinSteps
    }
}
