import RunbookModel

/// The include rules across runbooks: every include names a loaded runbook, no
/// runbook includes itself through others, and none includes a broken one.
struct IncludeValidator {
    let runbooks: [ParsedRunbook]
    /// Runbook id to the first loaded runbook with that id.
    let indexByID: [String: Int]

    /// Every include step: (runbook, step position, id it names).
    private var includes: [(runbook: Int, step: Int, target: String)] {
        runbooks.enumerated().flatMap { runbookIndex, parsed in
            parsed.runbook.steps.enumerated().compactMap { stepIndex, step in
                guard case .include(let target) = step.kind, !target.isEmpty else { return nil }
                return (runbookIndex, stepIndex, target)
            }
        }
    }

    /// Reports includes of unknown runbooks and include cycles.
    func validate() {
        var successors = [[Int]](repeating: [], count: runbooks.count)
        var edges: [(from: Int, to: Int, step: Int)] = []
        for include in includes {
            guard let target = indexByID[include.target] else {
                let suggestion = Suggestion.closest(
                    to: include.target, among: indexByID.keys.sorted())
                report(
                    .unknownIncludedRunbook(include.target, suggestion: suggestion),
                    runbook: include.runbook,
                    step: include.step)
                continue
            }
            successors[include.runbook].append(target)
            edges.append((include.runbook, target, include.step))
        }
        var componentOf = [Int](repeating: 0, count: runbooks.count)
        let components = StronglyConnectedComponents.of(successors)
        for (number, component) in components.enumerated() {
            for member in component { componentOf[member] = number }
        }
        for edge in edges where componentOf[edge.from] == componentOf[edge.to] {
            let members = Set(components[componentOf[edge.from]])
            let path =
                [edge.from]
                + shortestPath(
                    from: edge.to, to: edge.from, within: members, successors: successors)
            report(
                .includeCycle(path.map { runbooks[$0].runbook.id }), runbook: edge.from,
                step: edge.step)
        }
    }

    /// Reports, until nothing changes, every include of a runbook that has errors:
    /// a runbook with errors stays out of the library, so one that includes it
    /// could not run either.
    func reportIncludesOfBrokenRunbooks() {
        var changed = true
        while changed {
            changed = false
            for include in includes {
                guard let target = indexByID[include.target],
                    runbooks[target].diagnostics.hasBlockingErrors,
                    !runbooks[include.runbook].diagnostics.hasBlockingErrors
                else { continue }
                report(
                    .includedRunbookHasErrors(include.target), runbook: include.runbook,
                    step: include.step)
                changed = true
            }
        }
    }

    private func report(_ message: DiagnosticMessage, runbook: Int, step: Int) {
        let parsed = runbooks[runbook]
        parsed.diagnostics.report(message, at: parsed.stepLocations[step].includedRunbook)
    }

    /// Breadth-first path from `start` to `goal` inside one component, both ends included.
    private func shortestPath(
        from start: Int, to goal: Int, within members: Set<Int>, successors: [[Int]]
    ) -> [Int] {
        var previous: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count, previous[goal] == nil {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) && previous[next] == nil {
                previous[next] = node
                queue.append(next)
            }
        }
        var path = [goal]
        while let last = path.last, last != start, let before = previous[last] {
            path.append(before)
        }
        return path.reversed()
    }
}
