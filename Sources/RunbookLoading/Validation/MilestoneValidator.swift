import RunbookModel

/// The milestone rules of revision 2: every `milestone` a step or option carries is
/// declared (by the runbook or one it includes), and every `must_reach` entry holds
/// on every path from the first step to the end of a run.
///
/// The proof walks the step graph with includes expanded in place, never the list
/// of paths (which grows with every choice): a state is where the run stands (the
/// include stack) and how many steps have been shown so far, counted only up to
/// `within_steps` + 1. A path that reaches the milestone in time stops there; any
/// state from which the walk can still reach the end of the run is a violation,
/// and breadth-first order makes the first one found the shortest.
struct MilestoneValidator {
    let runbooks: [ParsedRunbook]
    let graphs: [StepGraph]
    let indexByID: [String: Int]

    /// More states than this and the proof gives up with a message rather than
    /// making `validate` slow: a real runbook needs a few thousand at most.
    static let stateLimit = 2_000_000

    func validate() {
        var declaredCache: [Int: Set<String>] = [:]
        for number in runbooks.indices {
            let declared = declaredMilestones(number, cache: &declaredCache, visiting: [])
            reportUndeclared(number, declared: declared)
            let parsed = runbooks[number]
            for (guarantee, positions) in zip(parsed.runbook.mustReach, parsed.guaranteePositions) {
                guard declared.contains(guarantee.milestone) else {
                    let suggestion = Suggestion.closest(
                        to: guarantee.milestone, among: declared.sorted())
                    parsed.diagnostics.report(
                        .undeclaredMilestone(guarantee.milestone, suggestion: suggestion),
                        at: positions.milestone)
                    continue
                }
                guard let problem = prove(guarantee, root: number) else { continue }
                parsed.diagnostics.report(problem, at: positions.entry)
            }
        }
    }

    // MARK: - Declared milestones

    /// The runbook's own milestones and those of every runbook it includes, directly or not.
    func declaredMilestones(_ number: Int, cache: inout [Int: Set<String>], visiting: Set<Int>)
        -> Set<String>
    {
        if let known = cache[number] { return known }
        var declared = Set(runbooks[number].runbook.milestones.map(\.id))
        for step in runbooks[number].runbook.steps {
            guard case .include(let id) = step.kind, let target = indexByID[id],
                !visiting.contains(target)
            else {
                continue
            }
            declared.formUnion(
                declaredMilestones(target, cache: &cache, visiting: visiting.union([number])))
        }
        cache[number] = declared
        return declared
    }

    private func reportUndeclared(_ number: Int, declared: Set<String>) {
        let parsed = runbooks[number]
        func check(_ id: String?, at position: SourcePosition?) {
            guard let id, !declared.contains(id) else { return }
            parsed.diagnostics.report(
                .undeclaredMilestone(
                    id, suggestion: Suggestion.closest(to: id, among: declared.sorted())),
                at: position)
        }
        for (step, location) in zip(parsed.runbook.steps, parsed.stepLocations) {
            check(step.milestone, at: location.milestone)
            guard case .choice(let options) = step.kind else { continue }
            for (offset, option) in options.enumerated() {
                let positions = location.optionMilestonePositions
                check(option.milestone, at: offset < positions.count ? positions[offset] : nil)
            }
        }
    }

    // MARK: - The proof

    /// One runbook on the include stack and the step it stands at.
    private struct Frame: Hashable {
        var runbook: Int
        var step: Int
    }

    /// Where a path stands: the include chain it is in (an index into the interned
    /// chains), the step, and the steps shown so far (capped at `within_steps` + 1;
    /// always 0 when no bound is given). Plain integers, so visiting is cheap.
    private struct State: Hashable {
        var chain: Int
        var runbook: Int
        var step: Int
        var shown: Int
    }

    /// The include steps a state is inside, outermost first; each distinct chain is stored once.
    private struct Chains {
        private(set) var frames: [[Frame]] = [[]]
        private var indexOf: [[Frame]: Int] = [[]: 0]

        mutating func index(of chain: [Frame]) -> Int {
            if let known = indexOf[chain] { return known }
            frames.append(chain)
            indexOf[chain] = frames.count - 1
            return frames.count - 1
        }
    }

    /// What made the walk arrive at a state: the state before it and the step it showed.
    private struct Arrival {
        var previous: Int?
        var shownStep: Frame?
    }

    /// The problem with `guarantee` on runbook `root`, or `nil` when it holds.
    private func prove(_ guarantee: MilestoneGuarantee, root: Int) -> DiagnosticMessage? {
        let milestone = guarantee.milestone
        guard isCarriedByReachableStep(milestone, from: root) else {
            return .milestoneOnNoReachableStep(milestone)
        }
        let bound = guarantee.withinSteps
        var states: [State] = []
        var arrivals: [Arrival] = []
        var indexOf: [State: Int] = [:]
        var chains = Chains()
        var head = 0

        func visit(_ state: State, from previous: Int?, showing step: Frame?) {
            guard indexOf[state] == nil else { return }
            indexOf[state] = states.count
            states.append(state)
            arrivals.append(Arrival(previous: previous, shownStep: step))
        }
        func label(_ frame: Frame) -> String {
            stepLabel(
                runbooks[frame.runbook].runbook.steps[frame.step].id, runbook: frame.runbook,
                root: root)
        }
        func path(to index: Int, ending: String) -> [String] {
            var steps: [String] = []
            var cursor: Int? = index
            while let current = cursor {
                if let step = arrivals[current].shownStep { steps.append(label(step)) }
                cursor = arrivals[current].previous
            }
            return steps.reversed() + [ending]
        }
        func violation(at index: Int, showing step: Frame?, ending: String) -> DiagnosticMessage {
            let steps = path(to: index, ending: ending)
            let full = step.map { Array(steps.dropLast()) + [label($0), ending] } ?? steps
            if let bound {
                return .milestoneNotWithinSteps(milestone, withinSteps: bound, path: full)
            }
            return .milestoneNotOnEveryPath(milestone, path: full)
        }

        guard !runbooks[root].runbook.steps.isEmpty else { return nil }
        /// Where the run goes when the innermost runbook of `chain` ends: the step after
        /// the include step below it, leaving as many runbooks as end there too.
        func leave(_ chain: Int, shown: Int) -> State? {
            var frames = chains.frames[chain]
            while let frame = frames.popLast() {
                if let onward = graphs[frame.runbook].edges[frame.step].first?.target {
                    return State(
                        chain: chains.index(of: frames), runbook: frame.runbook, step: onward,
                        shown: shown)
                }
            }
            return nil
        }
        visit(State(chain: 0, runbook: root, step: 0, shown: 0), from: nil, showing: nil)
        while head < states.count {
            guard states.count <= Self.stateLimit else {
                return .guaranteeTooLargeToProve(milestone, states: Self.stateLimit)
            }
            let index = head
            let state = states[head]
            head += 1
            let step = runbooks[state.runbook].runbook.steps[state.step]
            let here = Frame(runbook: state.runbook, step: state.step)
            let depth = chains.frames[state.chain].count

            if case .include(let id) = step.kind, let target = indexByID[id],
                !runbooks[target].runbook.steps.isEmpty,
                depth + 1 < RunbookLibrary.maximumIncludeDepth
            {
                let inner = chains.index(
                    of: chains.frames[state.chain] + [
                        Frame(runbook: state.runbook, step: state.step)
                    ])
                visit(
                    State(chain: inner, runbook: target, step: 0, shown: state.shown), from: index,
                    showing: nil)
                continue
            }
            let isShown: Bool = {
                if case .include = step.kind { return false }
                return true
            }()
            let shown = bound == nil ? 0 : min(state.shown + (isShown ? 1 : 0), (bound ?? 0) + 1)
            let inTime = bound.map { shown <= $0 } ?? true

            if case .end(let outcome) = step.kind {
                guard outcome != .aborted else { continue }
                if depth == 0 || outcome == .escalated {
                    return violation(at: index, showing: here, ending: "end (\(outcome.rawValue))")
                }
                guard let next = leave(state.chain, shown: shown) else {
                    return violation(at: index, showing: here, ending: "end (resolved)")
                }
                visit(next, from: index, showing: here)
                continue
            }
            for edge in graphs[state.runbook].edges[state.step] {
                let optionMilestone: String? = {
                    guard let option = edge.option, case .choice(let options) = step.kind,
                        option < options.count
                    else {
                        return nil
                    }
                    return options[option].milestone
                }()
                let reaches =
                    edge.completesStep
                    && (step.milestone == milestone || optionMilestone == milestone)
                if reaches && inTime { continue }
                if let target = edge.target {
                    visit(
                        State(
                            chain: state.chain, runbook: state.runbook, step: target, shown: shown),
                        from: index,
                        showing: isShown ? here : nil)
                    continue
                }
                guard let next = leave(state.chain, shown: shown) else {
                    return violation(
                        at: index, showing: isShown ? here : nil, ending: "end (resolved)")
                }
                visit(next, from: index, showing: isShown ? here : nil)
            }
        }
        return nil
    }

    /// Whether some step a run of `root` can reach (through includes too) carries the milestone.
    private func isCarriedByReachableStep(_ milestone: String, from root: Int) -> Bool {
        var seen: Set<Int> = [root]
        var pending = [root]
        while let number = pending.popLast() {
            let steps = runbooks[number].runbook.steps
            for (position, isReached) in graphs[number].reachable().enumerated() where isReached {
                let step = steps[position]
                if step.milestone == milestone { return true }
                switch step.kind {
                case .choice(let options)
                where options.contains(where: { $0.milestone == milestone }):
                    return true
                case .include(let id):
                    if let target = indexByID[id], seen.insert(target).inserted {
                        pending.append(target)
                    }
                default:
                    break
                }
            }
        }
        return false
    }

    /// A step as named in a path: plain for the runbook that makes the guarantee,
    /// with its runbook's id for an included one.
    private func stepLabel(_ step: String, runbook: Int, root: Int) -> String {
        runbook == root ? step : "\(runbooks[runbook].runbook.id)/\(step)"
    }
}
