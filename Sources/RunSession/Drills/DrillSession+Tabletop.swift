import ActionJournal
import RunEngine

extension DrillSession {
    /// Journals `decision.recorded` for `step` (tabletop, drill-scenario.md): what the
    /// room decided, why, and who decided.
    public func recordDecision(step: String, decision: String, rationale: String, decidedBy: String) -> SessionError? {
        let written = journal(
            RecordKind.decisionRecorded.rawValue, ja ? "決定: \(decision)（理由: \(rationale)）" : "Decision: \(decision) (why: \(rationale))",
            [
                JSONMember(name: "step", value: .string(step)),
                JSONMember(name: "decision", value: .string(decision)),
                JSONMember(name: "rationale", value: .string(rationale)),
                JSONMember(name: "decided_by", value: .string(decidedBy)),
            ])
        if case .failure(let error) = written { return error }
        decidedSteps.insert(step)
        return nil
    }
}
