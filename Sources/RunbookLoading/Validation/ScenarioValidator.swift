import RunbookModel

/// The checks of a drill scenario that need the runbooks and contacts: every
/// runbook, step, option, milestone, contact and role it names exists, and
/// scenario ids are unique among loaded scenarios (docs/drill-scenario.md "Validation").
struct ScenarioValidator {
    let scenarios: [ParsedScenario]
    let runbooks: [ParsedRunbook]
    let indexByID: [String: Int]
    let milestones: MilestoneValidator
    /// `nil` when no contacts file is loaded: each simulated contact then gets one warning.
    let knownContacts: Set<String>?

    func validate() {
        var firstByID: [String: Int] = [:]
        var declaredCache: [Int: Set<String>] = [:]
        for (number, parsed) in scenarios.enumerated() {
            let scenario = parsed.scenario
            if !scenario.id.isEmpty {
                if let first = firstByID[scenario.id] {
                    parsed.diagnostics.report(
                        .duplicateScenarioID(
                            scenario.id, firstFile: scenarios[first].diagnostics.file),
                        at: parsed.idPosition)
                } else {
                    firstByID[scenario.id] = number
                }
            }
            checkRoles(parsed)
            checkContacts(parsed)
            for (inject, positions) in zip(scenario.injects, parsed.triggerPositions) {
                switch inject.trigger {
                case .afterStep(let runbook, let step, _):
                    checkStep(
                        parsed, runbook: runbook, step: step, option: nil, positions: positions)
                case .onChoice(let runbook, let step, let option, _):
                    checkStep(
                        parsed, runbook: runbook, step: step, option: option, positions: positions)
                case .at, .manual, .unless: break
                }
            }
            guard !scenario.runbookID.isEmpty else { continue }
            guard let runbook = indexByID[scenario.runbookID] else {
                let suggestion = Suggestion.closest(
                    to: scenario.runbookID, among: indexByID.keys.sorted())
                parsed.diagnostics.report(
                    .unknownIncludedRunbook(scenario.runbookID, suggestion: suggestion),
                    at: parsed.runbookPosition)
                continue
            }
            if runbooks[runbook].diagnostics.hasBlockingErrors {
                parsed.diagnostics.report(
                    .scenarioRunbookHasErrors(scenario.runbookID), at: parsed.runbookPosition)
            }
            let declared = milestones.declaredMilestones(
                runbook, cache: &declaredCache, visiting: [])
            func checkMilestone(_ id: String, at position: SourcePosition?) {
                guard !declared.contains(id) else { return }
                parsed.diagnostics.report(
                    .scenarioMilestoneUndeclared(
                        id, runbook: scenario.runbookID,
                        suggestion: Suggestion.closest(to: id, among: declared.sorted())),
                    at: position)
            }
            for (expectation, position) in zip(scenario.expectations, parsed.expectationPositions) {
                checkMilestone(expectation.milestone, at: position)
            }
            for (inject, positions) in zip(scenario.injects, parsed.triggerPositions) {
                guard case .unless(let milestone, _) = inject.trigger else { continue }
                checkMilestone(milestone, at: positions.milestone)
            }
        }
    }

    /// The step (and option) of a step or choice trigger exist in the runbook it names.
    private func checkStep(
        _ parsed: ParsedScenario, runbook id: String, step stepID: String, option optionID: String?,
        positions: ParsedScenario.TriggerPositions
    ) {
        guard let number = indexByID[id] else {
            let suggestion = Suggestion.closest(to: id, among: indexByID.keys.sorted())
            parsed.diagnostics.report(
                .unknownIncludedRunbook(id, suggestion: suggestion),
                at: positions.runbook ?? parsed.runbookPosition)
            return
        }
        let runbook = runbooks[number].runbook
        guard let step = runbook.step(stepID) else {
            let suggestion = Suggestion.closest(to: stepID, among: runbook.steps.map(\.id))
            parsed.diagnostics.report(
                .unknownScenarioStep(stepID, runbook: id, suggestion: suggestion),
                at: positions.step)
            return
        }
        guard let optionID else { return }
        guard case .choice(let options) = step.kind else {
            parsed.diagnostics.report(
                .notAChoiceStep(stepID, runbook: id, kind: step.kind.name), at: positions.step)
            return
        }
        guard options.contains(where: { $0.id == optionID }) else {
            let suggestion = Suggestion.closest(to: optionID, among: options.map(\.id))
            parsed.diagnostics.report(
                .unknownScenarioOption(optionID, step: stepID, suggestion: suggestion),
                at: positions.option)
            return
        }
    }

    private func checkContacts(_ parsed: ParsedScenario) {
        for (contact, position) in zip(parsed.scenario.contacts, parsed.contactPositions) {
            guard let knownContacts else {
                parsed.diagnostics.report(.noContactsFileLoaded, at: position, severity: .warning)
                return
            }
            guard !knownContacts.contains(contact.contact) else { continue }
            let suggestion = Suggestion.closest(to: contact.contact, among: knownContacts.sorted())
            parsed.diagnostics.report(
                .unknownContact(contact.contact, suggestion: suggestion), at: position)
        }
    }

    /// An inject's `to` names one of the scenario's roles.
    private func checkRoles(_ parsed: ParsedScenario) {
        let roles = parsed.scenario.roles.map(\.id)
        for (inject, positions) in zip(parsed.scenario.injects, parsed.triggerPositions) {
            guard let role = inject.to, !roles.contains(role) else { continue }
            parsed.diagnostics.report(
                .unknownRole(role, suggestion: Suggestion.closest(to: role, among: roles)),
                at: positions.to)
        }
    }
}
