import RunEngine
import RunbookModel

/// Plans runs through a runbook so that every option of every choice, both
/// the pass and the fail of every check, and every "cannot do" that has its own
/// `on_unable` are taken at least once, each run going on to an end.
///
/// The flow depends only on where the run stands (its include stack), so the
/// search treats states with the same frames as one place; that keeps loops finite.
struct DecisionWalks {
    let machine: RunStateMachine
    let runbookID: String

    /// One planned run: the actions from the start to the end.
    struct Walk {
        var actions: [OperatorAction]
        /// The decisions (step + answer) this walk takes.
        var decisions: Set<String>
    }

    /// A decision still to cover, or a step's ordinary answer.
    struct Move {
        var actions: [OperatorAction]
        var decision: String?
    }

    func plan() -> (walks: [Walk], uncovered: [String]) {
        guard
            case .success(let started) = machine.apply(
                .start, to: RunState(rootRunbookID: RunbookID(runbookID), language: "ja"))
        else { return ([], ["cannot start \(runbookID)"]) }
        var allDecisions = Set<String>()
        var routeTo: [[RunFrame]: (state: RunState, actions: [OperatorAction])] = [
            started.state.frames: (started.state, [.start])
        ]
        var queue = [started.state.frames]
        while !queue.isEmpty {
            let frames = queue.removeFirst()
            guard let (state, actions) = routeTo[frames] else { continue }
            for move in moves(at: state) {
                if let decision = move.decision { allDecisions.insert(decision) }
                guard let next = apply(move.actions, to: state), !next.hasEnded,
                    routeTo[next.frames] == nil
                else { continue }
                routeTo[next.frames] = (next, actions + move.actions)
                queue.append(next.frames)
            }
        }
        var walks: [Walk] = []
        var covered = Set<String>()
        var uncovered: [String] = []
        for decision in allDecisions.sorted() where !covered.contains(decision) {
            guard let walk = walk(taking: decision, routes: routeTo) else {
                uncovered.append(decision)
                continue
            }
            covered.formUnion(walk.decisions)
            walks.append(walk)
        }
        return (walks, uncovered)
    }

    /// From the start to the decision, the decision itself, then the shortest way to an end.
    private func walk(
        taking decision: String, routes: [[RunFrame]: (state: RunState, actions: [OperatorAction])]
    ) -> Walk? {
        for (_, route) in routes.sorted(by: { $0.value.actions.count < $1.value.actions.count }) {
            guard let move = moves(at: route.state).first(where: { $0.decision == decision }),
                let afterDecision = apply(move.actions, to: route.state),
                let finish = shortestFinish(from: afterDecision)
            else { continue }
            let actions = route.actions + move.actions + finish
            return Walk(actions: actions, decisions: decisionsTaken(by: actions))
        }
        return nil
    }

    private func shortestFinish(from state: RunState) -> [OperatorAction]? {
        if state.hasEnded { return [] }
        var seen: Set<[RunFrame]> = [state.frames]
        var queue: [(RunState, [OperatorAction])] = [(state, [])]
        while !queue.isEmpty {
            let (current, actions) = queue.removeFirst()
            for move in moves(at: current) {
                guard let next = apply(move.actions, to: current) else { continue }
                if next.hasEnded { return actions + move.actions }
                if seen.insert(next.frames).inserted {
                    queue.append((next, actions + move.actions))
                }
            }
        }
        return nil
    }

    private func decisionsTaken(by actions: [OperatorAction]) -> Set<String> {
        var state = RunState(rootRunbookID: RunbookID(runbookID), language: "ja")
        var taken = Set<String>()
        for action in actions {
            if let frame = state.currentFrame {
                switch action {
                case .choose(let option):
                    taken.insert("\(frame.runbookID)/\(frame.stepID) choose \(option)")
                case .confirm: taken.insert("\(frame.runbookID)/\(frame.stepID) confirm")
                case .fail: taken.insert("\(frame.runbookID)/\(frame.stepID) fail")
                case .unable: taken.insert("\(frame.runbookID)/\(frame.stepID) unable")
                default: break
                }
            }
            guard case .success(let transition) = machine.apply(action, to: state) else { break }
            state = transition.state
        }
        return taken
    }

    /// What an operator can do at the current step to move on.
    func moves(at state: RunState) -> [Move] {
        guard let (runbook, step) = machine.currentStep(of: state) else { return [] }
        let place = "\(runbook.id)/\(step.id)"
        switch step.kind {
        case .instruction, .command:
            let done = Move(actions: [.done(note: nil)])
            guard step.onUnable != nil else { return [done] }
            return [done, Move(actions: [.unable(reason: "できなかった")], decision: "\(place) unable")]
        case .end:
            return [Move(actions: [.done(note: nil)])]
        case .contact(let ids):
            return [
                Move(actions: [
                    .recordCall(contactID: ids.first, result: .reached, note: "テスト"),
                    .done(note: nil),
                ])
            ]
        case .wait:
            return [Move(actions: [.endWait(reason: nil, early: false)])]
        case .check:
            return [
                Move(actions: [.confirm(note: nil)], decision: "\(place) confirm"),
                Move(actions: [.fail(reason: "確認できなかった")], decision: "\(place) fail"),
            ]
        case .choice(let options):
            return options.map {
                Move(actions: [.choose(optionID: $0.id)], decision: "\(place) choose \($0.id)")
            }
        case .input(let spec):
            return [Move(actions: [.input(value: SampleValues.value(for: spec))])]
        case .include:
            return []
        }
    }

    func apply(_ actions: [OperatorAction], to state: RunState) -> RunState? {
        var state = state
        for action in actions {
            guard case .success(let transition) = machine.apply(action, to: state) else {
                return nil
            }
            state = transition.state
        }
        return state
    }
}

/// A value each input type accepts, trying candidates against the step's pattern.
enum SampleValues {
    static func value(for spec: InputSpec) -> String {
        let candidates: [String]
        switch spec.type {
        case .text: candidates = ["不明", "E:", "/mnt/evidence", "A"]
        case .number: candidates = ["1"]
        case .ip: candidates = ["192.0.2.10"]
        case .hostname: candidates = ["HIS-51"]
        case .datetime: candidates = ["2026-11-21 03:15", "03:15"]
        case .phone: candidates = ["03-1234-5678"]
        }
        return candidates.first { InputValidator.problem(with: $0, for: spec) == nil }
            ?? candidates[0]
    }
}
