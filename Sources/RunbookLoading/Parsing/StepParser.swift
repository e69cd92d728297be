import RunbookModel
import Yams

/// Reads one step mapping into a `Step` and its `StepLocations`.
struct StepParser {
    static let commonKeys = [
        "id", "kind", "title", "body", "why", "caution", "role", "estimated_minutes", "next",
        "milestone",
    ]
    /// The keys only one kind of step takes (docs/runbook-format.md "Steps").
    static let kindKeys: [String: [String]] = [
        "instruction": ["on_unable"],
        "check": ["expect", "on_fail"],
        "choice": ["options"],
        "input": ["field", "type", "pattern", "required"],
        "contact": ["contacts"],
        "wait": ["minutes", "seconds"],
        "command": ["command", "platform", "run", "on_unable"],
        "include": ["runbook"],
        "end": ["outcome"],
    ]
    static let allKeys = commonKeys + StepKind.allNames.flatMap { kindKeys[$0] ?? [] }
    /// Kinds whose completion is not an act of the operator's, so no milestone can ride on them.
    static let kindsWithoutMilestones: Set<String> = ["include", "end"]

    let values: ValueReader
    private var diagnostics: FileDiagnostics { values.diagnostics }

    /// The step, or `nil` when the node is not a mapping at all.
    func parse(_ node: Node) -> (Step, StepLocations)? {
        guard let mapping = MappingReader(node, key: "steps[]", diagnostics: diagnostics) else {
            return nil
        }
        var locations = StepLocations(mapping: node.position)
        let kindName =
            mapping["kind"].flatMap(kindName) ?? (mapping["kind"] == nil ? "instruction" : nil)
        reportUnknownKeys(mapping, kindName: kindName)

        var id = ""
        if let node = mapping.required("id", diagnostics: diagnostics) {
            locations.id = node.position
            id = values.identifier(node, key: "id") ?? ""
        }
        var step = Step(id: id, title: LocalizedText([:]))
        if let node = mapping.required("title", diagnostics: diagnostics) {
            step.title =
                values.text(node, key: "title", placeholders: &locations.placeholders) ?? step.title
        }
        step.body = optionalText(mapping, "body", &locations)
        step.why = optionalText(mapping, "why", &locations)
        step.caution = optionalText(mapping, "caution", &locations)
        step.role = mapping["role"].flatMap { values.string($0, key: "role") }
        step.estimatedMinutes = mapping["estimated_minutes"].flatMap {
            values.integer($0, key: "estimated_minutes", minimum: 0)
        }
        if let node = mapping["next"] {
            locations.next = node.position
            step.next = values.string(node, key: "next").map(StepTarget.init)
        }
        if let node = mapping["milestone"] {
            locations.milestone = node.position
            if let kindName, Self.kindsWithoutMilestones.contains(kindName) {
                diagnostics.report(
                    .milestoneNotAllowed(kind: kindName),
                    at: mapping.entry("milestone")?.keyNode.position)
            } else {
                step.milestone = values.identifier(node, key: "milestone")
            }
        }
        if let node = mapping["on_unable"] {
            locations.onUnable = node.position
            step.onUnable = values.string(node, key: "on_unable").map(StepTarget.init)
        }
        if let kindName {
            step.kind = kind(named: kindName, mapping, &locations)
        }
        return (step, locations)
    }

    private func kindName(_ node: Node) -> String? {
        guard let name = values.string(node, key: "kind") else { return nil }
        guard kindKeysContains(name) else {
            diagnostics.report(
                .unknownStepKind(
                    name, suggestion: Suggestion.closest(to: name, among: StepKind.allNames)),
                at: node)
            return nil
        }
        return name
    }

    private func kindKeysContains(_ name: String) -> Bool { Self.kindKeys[name] != nil }

    /// Unknown keys are errors; a key of another kind gets a message naming that
    /// kind. With an unknown kind, any step key is let through: which keys belong
    /// cannot be known, and the kind itself is already reported.
    private func reportUnknownKeys(_ mapping: MappingReader, kindName: String?) {
        let allowed = kindName.map { Self.commonKeys + (Self.kindKeys[$0] ?? []) } ?? Self.allKeys
        mapping.reportUnknownKeys(allowed: allowed, diagnostics: diagnostics) { key in
            guard let kindName,
                let owner = StepKind.allNames.first(where: {
                    Self.kindKeys[$0]?.contains(key) == true
                })
            else { return nil }
            return .keyNotAllowedForKind(key: key, kind: kindName, allowedOn: owner)
        }
    }

    /// An input `field`: the NAME of `{{NAME}}`, so it may hold no braces or spaces.
    private func fieldName(_ node: Node) -> String? {
        guard let name = values.string(node, key: "field") else { return nil }
        guard ValueReader.isFieldName(name) else {
            diagnostics.report(.invalidFieldName(name), at: node)
            return nil
        }
        return name
    }

    private func requiredString(_ mapping: MappingReader, _ key: String) -> String? {
        mapping.required(key, diagnostics: diagnostics).flatMap { values.string($0, key: key) }
    }

    private func optionalText(
        _ mapping: MappingReader, _ key: String, _ locations: inout StepLocations
    )
        -> LocalizedText?
    {
        mapping[key].flatMap { values.text($0, key: key, placeholders: &locations.placeholders) }
    }

    private func kind(
        named name: String, _ mapping: MappingReader, _ locations: inout StepLocations
    ) -> StepKind {
        switch name {
        case "check": return .check(check(mapping, &locations))
        case "choice": return .choice(options(mapping, &locations))
        case "input": return .input(input(mapping))
        case "contact": return .contact(contactIDs: contacts(mapping, &locations))
        case "wait": return .wait(seconds: waitSeconds(mapping))
        case "command": return .command(command(mapping))
        case "include":
            guard let node = mapping.required("runbook", diagnostics: diagnostics) else {
                return .include(runbookID: "")
            }
            locations.includedRunbook = node.position
            return .include(runbookID: values.identifier(node, key: "runbook") ?? "")
        case "end":
            let outcome: RunOutcome? = mapping.required("outcome", diagnostics: diagnostics).flatMap
            {
                values.oneOf($0, key: "outcome", unknown: DiagnosticMessage.unknownOutcome)
            }
            return .end(outcome ?? .resolved)
        default: return .instruction
        }
    }

    private func check(_ mapping: MappingReader, _ locations: inout StepLocations) -> CheckSpec {
        var check = CheckSpec()
        check.expect = optionalText(mapping, "expect", &locations)
        if let node = mapping["on_fail"] {
            locations.onFail = node.position
            check.onFail = values.string(node, key: "on_fail").map(StepTarget.init)
        }
        return check
    }

    private func options(_ mapping: MappingReader, _ locations: inout StepLocations)
        -> [ChoiceOption]
    {
        guard let node = mapping.required("options", diagnostics: diagnostics),
            let items = values.list(node, key: "options")
        else { return [] }
        var options: [ChoiceOption] = []
        var seen: Set<String> = []
        for item in items {
            guard
                let option = OptionParser(values: values).parse(
                    item, placeholders: &locations.placeholders)
            else {
                continue
            }
            if !option.option.id.isEmpty, !seen.insert(option.option.id).inserted {
                diagnostics.report(.duplicateOptionID(option.option.id), at: option.idPosition)
            }
            options.append(option.option)
            locations.optionNextPositions.append(option.nextPosition)
            locations.optionMilestonePositions.append(option.milestonePosition)
        }
        if items.count < 2 {
            diagnostics.report(.tooFewOptions(count: items.count), at: node)
        }
        return options
    }

    private func input(_ mapping: MappingReader) -> InputSpec {
        var input = InputSpec(
            field: mapping.required("field", diagnostics: diagnostics).flatMap(fieldName) ?? "")
        input.type =
            mapping["type"].flatMap {
                values.oneOf($0, key: "type", unknown: DiagnosticMessage.unknownInputType)
            }
            ?? .text
        if let node = mapping["pattern"], let pattern = values.string(node, key: "pattern") {
            if !PatternCheck.compiles(pattern) {
                diagnostics.report(.invalidPattern(pattern), at: node)
            }
            input.pattern = pattern
        }
        if let node = mapping["required"] {
            input.required = values.boolean(node, key: "required") ?? true
        }
        return input
    }

    private func contacts(_ mapping: MappingReader, _ locations: inout StepLocations) -> [String] {
        guard let node = mapping.required("contacts", diagnostics: diagnostics),
            let items = values.list(node, key: "contacts")
        else { return [] }
        locations.contactList = node.position
        if items.isEmpty { diagnostics.report(.noContactsListed, at: node) }
        var ids: [String] = []
        for item in items {
            guard let id = values.identifier(item, key: "contacts[]") else { continue }
            ids.append(id)
            locations.contactIDs.append(item.position)
        }
        return ids
    }

    private func waitSeconds(_ mapping: MappingReader) -> Int {
        let minutes = mapping.entry("minutes")
        let seconds = mapping.entry("seconds")
        switch (minutes, seconds) {
        case (nil, nil):
            diagnostics.report(.waitDurationMissing, at: mapping.node)
            return 0
        case (let minutes?, let seconds?):
            let later = minutes.keyNode.position.map { ($0.line, $0.column) } ?? (0, 0)
            let other = seconds.keyNode.position.map { ($0.line, $0.column) } ?? (0, 0)
            diagnostics.report(
                .waitDurationGivenTwice, at: later > other ? minutes.keyNode : seconds.keyNode)
            return 0
        case (let minutes?, nil):
            return waitDuration(minutes.value, key: "minutes", unit: 60)
        case (nil, let seconds?):
            return waitDuration(seconds.value, key: "seconds", unit: 1)
        }
    }

    /// The wait in seconds, refused (and 0) beyond `StepKind.maximumWaitSeconds`
    /// so that no later arithmetic on it can overflow.
    private func waitDuration(_ node: Node, key: String, unit: Int) -> Int {
        guard let count = values.integer(node, key: key, minimum: 1) else { return 0 }
        let maximum = StepKind.maximumWaitSeconds / unit
        guard count <= maximum else {
            diagnostics.report(.waitTooLong(key: key, maximum: maximum), at: node)
            return 0
        }
        return count * unit
    }

    private func command(_ mapping: MappingReader) -> CommandSpec {
        var command = CommandSpec(command: requiredString(mapping, "command") ?? "")
        command.platform =
            mapping["platform"].flatMap {
                values.oneOf($0, key: "platform", unknown: DiagnosticMessage.unknownPlatform)
            } ?? .any
        if let node = mapping["run"], let mode = values.string(node, key: "run") {
            if mode == "local" {
                command.runLocally = true
            } else {
                diagnostics.report(.unknownRunMode(mode), at: node)
            }
        }
        return command
    }
}
