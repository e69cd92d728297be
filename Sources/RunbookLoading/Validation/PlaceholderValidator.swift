import RunbookModel

/// Checks every `{{NAME}}`: some `input` step with `field: NAME` can run before it.
///
/// "Before it on some path" is a may-analysis over the step graph: the fields
/// available at a step are the union, over every way into it, of the fields set
/// on the way. A runbook included by another starts with the fields its includer
/// has at the include step (across every includer, repeated until nothing
/// changes); fields entered inside an included runbook do not flow back out, as
/// the spec names only the includer's fields.
struct PlaceholderValidator {
    let runbooks: [ParsedRunbook]
    let graphs: [StepGraph]
    let indexByID: [String: Int]

    func validate() {
        let startFields = fieldsAvailableAtStart()
        for number in runbooks.indices {
            check(number, start: startFields[number])
        }
    }

    private func fieldsAvailableAtStart() -> [Set<String>] {
        var start = [Set<String>](repeating: [], count: runbooks.count)
        let includers = runbooks.indices.filter { number in
            runbooks[number].runbook.steps.contains {
                if case .include = $0.kind { true } else { false }
            }
        }
        var changed = true
        var rounds = 0
        while changed && rounds <= runbooks.count {
            changed = false
            rounds += 1
            for number in includers {
                let available = fieldsBeforeEachStep(number, start: start[number])
                for (position, step) in runbooks[number].runbook.steps.enumerated() {
                    guard case .include(let id) = step.kind, let target = indexByID[id],
                        let fields = available[position], !fields.isSubset(of: start[target])
                    else { continue }
                    start[target].formUnion(fields)
                    changed = true
                }
            }
        }
        return start
    }

    /// The fields that may be set when each step begins; `nil` for a step no run reaches.
    private func fieldsBeforeEachStep(_ number: Int, start: Set<String>) -> [Set<String>?] {
        let steps = runbooks[number].runbook.steps
        let graph = graphs[number]
        var before = [Set<String>?](repeating: nil, count: steps.count)
        guard !steps.isEmpty else { return before }
        before[0] = start
        var pending = [0]
        while let position = pending.popLast() {
            var after = before[position] ?? []
            if case .input(let input) = steps[position].kind, !input.field.isEmpty {
                after.insert(input.field)
            }
            for edge in graph.edges[position] {
                guard let target = edge.target else { continue }
                if let known = before[target], after.isSubset(of: known) { continue }
                before[target] = (before[target] ?? []).union(after)
                pending.append(target)
            }
        }
        return before
    }

    private func check(_ number: Int, start: Set<String>) {
        let parsed = runbooks[number]
        let hasPlaceholders =
            !parsed.placeholders.isEmpty
            || parsed.stepLocations.contains { !$0.placeholders.isEmpty }
        guard hasPlaceholders else { return }
        let available = fieldsBeforeEachStep(number, start: start)
        var inputStepByField: [String: String] = [:]
        for step in parsed.runbook.steps {
            if case .input(let input) = step.kind, !input.field.isEmpty,
                inputStepByField[input.field] == nil
            {
                inputStepByField[input.field] = step.id
            }
        }
        let known = start.union(inputStepByField.keys)
        func report(_ use: PlaceholderUse, available: Set<String>?) {
            if let available, available.contains(use.name) { return }
            if available == nil && known.contains(use.name) { return }
            if let inputStep = inputStepByField[use.name] {
                parsed.diagnostics.report(
                    .placeholderSetTooLate(use.name, inputStep: inputStep), at: use.position)
            } else {
                let suggestion = Suggestion.closest(to: use.name, among: known.sorted())
                parsed.diagnostics.report(
                    .unknownPlaceholder(use.name, suggestion: suggestion), at: use.position)
            }
        }
        for use in parsed.placeholders { report(use, available: start) }
        for (position, location) in parsed.stepLocations.enumerated() {
            for use in location.placeholders { report(use, available: available[position]) }
        }
    }
}
