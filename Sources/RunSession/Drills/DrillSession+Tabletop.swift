import ActionJournal
import JournalVocabulary
import RunEngine

extension DrillSession {
    /// Journals `decision.recorded` for `step` (tabletop, docs/drill-scenario.md "Tabletop modules and the hot wash"): what the
    /// room decided, why, and who decided.
    public func recordDecision(step: String, decision: String, rationale: String, decidedBy: String)
        -> SessionError?
    {
        let written = journal(
            .decisionRecorded,
            ja ? "決定: \(decision)（理由: \(rationale)）" : "Decision: \(decision) (why: \(rationale))",
            [
                JSONMember(.step, .string(step)),
                JSONMember(.decision, .string(decision)),
                JSONMember(.rationale, .string(rationale)),
                JSONMember(.decidedBy, .string(decidedBy)),
            ])
        if case .failure(let error) = written { return error }
        decidedSteps.insert(step)
        return nil
    }
}
