import RunbookModel

/// The flow rules inside one runbook: targets exist, every step is reachable, and
/// every loop has a way out.
struct RunbookFlowValidator {
    let parsed: ParsedRunbook
    let graph: StepGraph

    init(_ parsed: ParsedRunbook, graph: StepGraph) {
        self.parsed = parsed
        self.graph = graph
    }

    func validate() {
        reportDanglingTargets()
        reportUnreachableSteps()
        reportCyclesWithoutExit()
    }

    private var diagnostics: FileDiagnostics { parsed.diagnostics }

    private func reportDanglingTargets() {
        let ids = parsed.runbook.steps.map(\.id).filter { !$0.isEmpty }
        func isDangling(_ target: StepTarget?) -> String? {
            guard case .step(let id) = target, graph.indexByID[id] == nil else { return nil }
            return id
        }
        for (step, location) in zip(parsed.runbook.steps, parsed.stepLocations) {
            if let id = isDangling(step.next) {
                diagnostics.report(
                    .danglingNext(id, suggestion: Suggestion.closest(to: id, among: ids)),
                    at: location.next)
            }
            if let id = isDangling(step.onUnable) {
                diagnostics.report(
                    .danglingOnUnable(id, suggestion: Suggestion.closest(to: id, among: ids)),
                    at: location.onUnable)
            }
            switch step.kind {
            case .check(let check):
                if let id = isDangling(check.onFail) {
                    diagnostics.report(
                        .danglingOnFail(id, suggestion: Suggestion.closest(to: id, among: ids)),
                        at: location.onFail)
                }
            case .choice(let options):
                for (option, position) in zip(options, location.optionNextPositions) {
                    if let id = isDangling(option.next) {
                        diagnostics.report(
                            .danglingOptionNext(
                                id, suggestion: Suggestion.closest(to: id, among: ids)),
                            at: position)
                    }
                }
            default:
                break
            }
        }
    }

    private func reportUnreachableSteps() {
        let reached = graph.reachable()
        for (position, step) in parsed.runbook.steps.enumerated() where !reached[position] {
            diagnostics.report(
                .unreachableStep(step.id), at: parsed.stepLocations[position].mapping,
                severity: .warning)
        }
    }

    /// A loop with no way out is reported once, at the edge that closes it: the
    /// edge back to the loop's earliest step from its latest step. Edges to the
    /// following step only go forward, so that edge is always a written one.
    private func reportCyclesWithoutExit() {
        for component in StronglyConnectedComponents.of(graph.successors) {
            let members = Set(component)
            guard let entry = component.first else { continue }
            let isCycle = component.count > 1 || graph.edges[entry].contains { $0.target == entry }
            guard isCycle else { continue }
            let leadsOut = component.contains { member in
                graph.edges[member].contains { edge in
                    edge.target.map { !members.contains($0) } ?? true
                }
            }
            guard !leadsOut else { continue }
            let closing = component.reversed().lazy.compactMap { member in
                self.graph.edges[member].first { $0.target == entry }.map { (member, $0) }
            }.first
            let position =
                closing?.1.position ?? closing.flatMap { parsed.stepLocations[$0.0].mapping }
            diagnostics.report(
                .cycleWithoutExit(component.map { parsed.runbook.steps[$0].id }), at: position)
        }
    }
}
