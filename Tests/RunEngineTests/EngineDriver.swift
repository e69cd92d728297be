import RunEngine
import RunbookModel
import ShodoTestSupport

/// Drives a run in tests: applies actions, keeps every state and record.
struct EngineDriver {
    let machine: RunStateMachine
    var state: RunState
    var records: [EngineRecord] = []
    /// The state after each accepted action, with the record count at that point.
    var checkpoints: [(state: RunState, recordCount: Int)] = []

    init(
        machine: RunStateMachine = FixtureRunbooks.machine,
        state: RunState = FixtureRunbooks.newRun()
    ) {
        self.machine = machine
        self.state = state
    }

    /// Applies `action`; returns the records it produced (empty and unchanged state on refusal).
    @discardableResult
    mutating func act(_ action: OperatorAction) -> Result<[EngineRecord], ActionRefusal> {
        switch machine.apply(action, to: state) {
        case .success(let transition):
            state = transition.state
            records += transition.records
            checkpoints.append((state, records.count))
            return .success(transition.records)
        case .failure(let refusal):
            return .failure(refusal)
        }
    }

    var step: String? { state.currentFrame?.stepID.rawValue }
    var runbook: String? { state.currentFrame?.runbookID.rawValue }
}

extension Result where Success == [EngineRecord], Failure == ActionRefusal {
    var kinds: [String] {
        guard case .success(let records) = self else { return [] }
        return records.map(\.kind.rawValue)
    }

    var refusal: ActionRefusal? {
        guard case .failure(let refusal) = self else { return nil }
        return refusal
    }
}
