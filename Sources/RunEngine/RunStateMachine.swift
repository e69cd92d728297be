import RunbookModel

/// A run as a pure state machine: a state and an operator action in, the new
/// state and the records to journal out. Live runs and replay use the same code.
public struct RunStateMachine: Sendable {
    public let library: RunbookLibrary
    private let runbooksByID: [String: Runbook]
    private let contactsByID: [String: Contact]

    public init(library: RunbookLibrary) {
        self.library = library
        self.runbooksByID = Dictionary(
            library.runbooks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.contactsByID = Dictionary(
            library.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func runbook(_ id: RunbookID) -> Runbook? { runbooksByID[id.rawValue] }

    public func contact(_ id: String) -> Contact? { contactsByID[id] }

    /// The runbook and step the run stands at, if it is under way.
    public func currentStep(of state: RunState) -> (runbook: Runbook, step: Step)? {
        guard let frame = state.currentFrame, let runbook = runbook(frame.runbookID),
            let step = runbook.step(frame.stepID.rawValue)
        else { return nil }
        return (runbook, step)
    }

    /// How `apply` treats values that were accepted once already.
    public enum Mode: Sendable {
        /// An operator is acting now: every check applies.
        case live
        /// Rebuilding from the journal: entered values are taken as recorded,
        /// since they were checked when they were entered.
        case replay
    }

    /// Applies one action. A refusal leaves the state as it was and journals nothing.
    public func apply(_ action: OperatorAction, to state: RunState, mode: Mode = .live)
        -> Result<RunTransition, ActionRefusal>
    {
        do throws(ActionRefusal) {
            var step = RunStep(machine: self, state: state)
            try step.perform(action, mode: mode)
            return .success(RunTransition(state: step.state, records: step.records))
        } catch {
            return .failure(error)
        }
    }
}
