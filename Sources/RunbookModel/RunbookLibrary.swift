/// Everything loaded for one invocation: runbooks, contacts, first principles, drill scenarios.
public struct RunbookLibrary: Sendable, Hashable {
    public var runbooks: [Runbook]
    public var contacts: [Contact]
    /// The short rules shown on every triage screen (pull the cable, ...).
    public var firstPrinciples: [LocalizedText]
    /// Drill scenarios without errors, in load order.
    public var scenarios: [DrillScenario]

    public init(
        runbooks: [Runbook] = [], contacts: [Contact] = [], firstPrinciples: [LocalizedText] = [],
        scenarios: [DrillScenario] = []
    ) {
        self.runbooks = runbooks
        self.contacts = contacts
        self.firstPrinciples = firstPrinciples
        self.scenarios = scenarios
    }

    public func runbook(_ id: String) -> Runbook? {
        runbooks.first { $0.id == id }
    }

    public func scenario(_ id: String) -> DrillScenario? {
        scenarios.first { $0.id == id }
    }

    public func contact(_ id: String) -> Contact? {
        contacts.first { $0.id == id }
    }

    /// Deepest include nesting a run or a proof follows; validation rejects include
    /// cycles, this only keeps a bad library from looping.
    public static let maximumIncludeDepth = 32

    /// The label of milestone `id` from the first runbook that declares it.
    public func milestoneLabel(_ id: String) -> LocalizedText? {
        for runbook in runbooks {
            if let milestone = runbook.milestones.first(where: { $0.id == id }) {
                return milestone.label
            }
        }
        return nil
    }
}
