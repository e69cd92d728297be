import RunEngine
import RunbookModel

/// Whether a fact holds on every path of a runbook from its first screen to an
/// end, and how late it comes on the worst path. Paths branch at every move
/// `DecisionWalks` knows (each option, a check's confirm and fail, a "cannot do"
/// with its own `on_unable`); includes are
/// followed, so an included runbook's screens count like the runbook's own.
///
/// The flow depends only on where the run stands (its include stack), so places
/// are memoised by their frames; a move back to a place already on the path is
/// a loop and adds no path of its own.
struct EveryPathFacts {
    let walks: DecisionWalks

    /// Where a screen stands.
    struct Place {
        var runbookID: String
        var step: Step
    }

    /// The number of screens up to and including the first one `holds` accepts,
    /// on the worst path; nil when some path reaches an end without it.
    func worstScreenCount(until holds: (Place) -> Bool) -> Int? {
        guard
            case .success(let started) = walks.machine.apply(
                .start, to: RunState(rootRunbookID: RunbookID(walks.runbookID), language: "ja"))
        else { return nil }
        var memo: [[RunFrame]: Int?] = [:]
        var onPath: Set<[RunFrame]> = []
        return worst(from: started.state, holds: holds, memo: &memo, onPath: &onPath)
    }

    private func worst(
        from state: RunState, holds: (Place) -> Bool, memo: inout [[RunFrame]: Int?],
        onPath: inout Set<[RunFrame]>
    ) -> Int? {
        if let known = memo[state.frames] { return known }
        guard let (runbook, step) = walks.machine.currentStep(of: state) else { return nil }
        onPath.insert(state.frames)
        defer { onPath.remove(state.frames) }
        var result: Int? = 0
        if holds(Place(runbookID: runbook.id, step: step)) {
            memo[state.frames] = 1
            return 1
        }
        for move in walks.moves(at: state) {
            guard let next = walks.apply(move.actions, to: state), !next.hasEnded else {
                result = nil
                break
            }
            if onPath.contains(next.frames) { continue }
            guard let rest = worst(from: next, holds: holds, memo: &memo, onPath: &onPath) else {
                result = nil
                break
            }
            result = result.map { max($0, rest + 1) }
        }
        memo[state.frames] = result
        return result
    }
}

extension EveryPathFacts.Place {
    /// A contact step that calls any of `contactIDs`.
    func calls(any contactIDs: Set<String>) -> Bool {
        if case .contact(let ids) = step.kind { return !contactIDs.isDisjoint(with: ids) }
        return false
    }
}
