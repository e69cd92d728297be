import RunbookModel
import Yams

/// Reads a drill scenario file's top-level mapping (docs/drill-scenario.md "File").
struct ScenarioParser {
    static let keys = [
        "format", "scenario", "version", "title", "summary", "lang", "langs", "type", "runbook",
        "exercises", "roles",
        "story", "contacts", "injects", "expectations", "rating", "modules", "hot_wash",
    ]
    static let triggerKeys = ["at", "after_step", "on_choice", "unless", "manual"]
    static let injectKeys = ["id", "text", "to", "delay"] + triggerKeys

    let diagnostics: FileDiagnostics

    /// The scenario built from `root`, or `nil` when `root` is not a mapping.
    func parse(_ root: Node, source: SourceFile, sha256: String) -> ParsedScenario? {
        guard
            let mapping = MappingReader.fileRoot(
                root, kind: "scenario", allowed: Self.keys, diagnostics: diagnostics)
        else { return nil }
        let values = ValueReader.forFile(mapping, diagnostics: diagnostics)
        let language = values.defaultLanguage
        let languages = values.requiredLanguages

        let idNode = mapping.required("scenario", diagnostics: diagnostics)
        let runbookNode = mapping.required("runbook", diagnostics: diagnostics)
        var scenario = DrillScenario(
            id: idNode.flatMap { values.identifier($0, key: "scenario") } ?? "",
            version: mapping.required("version", diagnostics: diagnostics).flatMap {
                values.integer($0, key: "version", minimum: 1)
            } ?? 0,
            title: requiredText(mapping, "title", values) ?? LocalizedText([:]),
            summary: optionalText(mapping, "summary", values), language: language,
            languages: languages,
            type: mapping.required("type", diagnostics: diagnostics).flatMap {
                values.oneOf($0, key: "type", unknown: DiagnosticMessage.unknownDrillType)
            } ?? .functional,
            runbookID: runbookNode.flatMap { values.identifier($0, key: "runbook") } ?? "",
            story: requiredText(mapping, "story", values) ?? LocalizedText([:]),
            sourcePath: source.path, sourceSHA256: sha256)
        scenario.exercises =
            mapping["exercises"].flatMap { values.stringList($0, key: "exercises") } ?? []
        scenario.rating =
            mapping["rating"].flatMap {
                values.oneOf($0, key: "rating", unknown: DiagnosticMessage.unknownRating)
            }
            ?? .passFail
        scenario.roles = items(mapping, "roles", values) { item in
            guard
                let id = item.required("id", diagnostics: diagnostics).flatMap({
                    values.identifier($0, key: "id")
                }),
                let label = requiredText(item, "label", values)
            else { return nil }
            return DrillRole(id: id, label: label)
        }
        var contactPositions: [SourcePosition?] = []
        scenario.contacts = items(mapping, "contacts", values) { item in
            let node = item.required("contact", diagnostics: diagnostics)
            let script = optionalText(item, "script", values)
            let reachable = item["reachable_after"].map {
                values.duration($0, key: "reachable_after")
            }
            guard let contact = node.flatMap({ values.identifier($0, key: "contact") }),
                reachable as Int?? != .some(nil)
            else { return nil }
            contactPositions.append(node?.position)
            return SimulatedContact(
                contact: contact, script: script, reachableAfterSeconds: (reachable ?? 0) ?? 0)
        }
        var expectationPositions: [SourcePosition?] = []
        scenario.expectations = items(mapping, "expectations", values) { item in
            let node = item.required("milestone", diagnostics: diagnostics)
            let milestone = node.flatMap { values.identifier($0, key: "milestone") }
            let target = item.required("target", diagnostics: diagnostics).flatMap {
                values.duration($0, key: "target")
            }
            let required = item["required"].map { values.boolean($0, key: "required") }
            guard let milestone, let target, required as Bool?? != .some(nil) else { return nil }
            expectationPositions.append(node?.position)
            return DrillExpectation(
                milestone: milestone, targetSeconds: target, required: (required ?? true) ?? true)
        }
        scenario.modules = items(mapping, "modules", values) { item in
            let id = item.required("id", diagnostics: diagnostics).flatMap {
                values.identifier($0, key: "id")
            }
            let title = requiredText(item, "title", values)
            let minutes = item.required("minutes", diagnostics: diagnostics).flatMap {
                values.integer($0, key: "minutes", minimum: 1)
            }
            let questions = item["questions"].flatMap { textList($0, "questions", values) } ?? []
            guard let id, let title, let minutes else { return nil }
            return DrillModule(id: id, title: title, minutes: minutes, questions: questions)
        }
        scenario.hotWash = mapping["hot_wash"].flatMap { textList($0, "hot_wash", values) } ?? []
        var triggerPositions: [ParsedScenario.TriggerPositions] = []
        scenario.injects = items(mapping, "injects", values) { item in
            guard let (inject, positions) = inject(item, runbook: scenario.runbookID, values) else {
                return nil
            }
            triggerPositions.append(positions)
            return inject
        }
        reportDuplicates(mapping, values)
        return ParsedScenario(
            scenario: scenario, diagnostics: diagnostics, idPosition: idNode?.position,
            runbookPosition: runbookNode?.position, triggerPositions: triggerPositions,
            expectationPositions: expectationPositions, contactPositions: contactPositions)
    }

    // MARK: - Injects

    private func inject(_ item: MappingReader, runbook: String, _ values: ValueReader)
        -> (Inject, ParsedScenario.TriggerPositions)?
    {
        let id = item.required("id", diagnostics: diagnostics).flatMap {
            values.identifier($0, key: "id")
        }
        let text = requiredText(item, "text", values)
        let to = item["to"].flatMap { values.identifier($0, key: "to") }
        let delay = item["delay"].map { values.duration($0, key: "delay") }
        let written = Self.triggerKeys.compactMap(item.entry).filter { entry in
            entry.key != "manual" || values.boolean(entry.value, key: "manual") == true
        }
        guard let first = written.first else {
            diagnostics.report(.injectWithoutTrigger, at: item.node)
            return nil
        }
        if written.count > 1 {
            diagnostics.report(.injectWithTwoTriggers(written.map(\.key)), at: written[1].keyNode)
            return nil
        }
        if let delayEntry = item.entry("delay"),
            first.key != "after_step" && first.key != "on_choice"
        {
            diagnostics.report(.delayWithoutStepTrigger, at: delayEntry.keyNode)
            return nil
        }
        var positions = ParsedScenario.TriggerPositions(to: item["to"]?.position)
        guard
            let trigger = trigger(
                first, runbook: runbook, delay: (delay ?? 0) ?? 0, &positions, values),
            let id, let text, delay as Int?? != .some(nil)
        else { return nil }
        return (Inject(id: id, text: text, to: to, trigger: trigger), positions)
    }

    private func trigger(
        _ entry: MappingReader.Entry, runbook defaultRunbook: String, delay: Int,
        _ positions: inout ParsedScenario.TriggerPositions, _ values: ValueReader
    ) -> InjectTrigger? {
        switch entry.key {
        case "at":
            return values.duration(entry.value, key: "at").map { InjectTrigger.at(seconds: $0) }
        case "manual":
            return .manual
        case "unless":
            guard let mapping = keyed(entry, ["milestone", "by"]) else { return nil }
            let node = mapping.required("milestone", diagnostics: diagnostics)
            positions.milestone = node?.position
            let milestone = node.flatMap { values.identifier($0, key: "milestone") }
            let by = mapping.required("by", diagnostics: diagnostics).flatMap {
                values.duration($0, key: "by")
            }
            guard let milestone, let by else { return nil }
            return .unless(milestone: milestone, bySeconds: by)
        default:
            let isChoice = entry.key == "on_choice"
            guard
                let mapping = keyed(
                    entry, isChoice ? ["runbook", "step", "option"] : ["runbook", "step"])
            else {
                return nil
            }
            var runbook: String? = defaultRunbook
            if let node = mapping["runbook"] {
                positions.runbook = node.position
                runbook = values.identifier(node, key: "runbook")
            }
            let stepNode = mapping.required("step", diagnostics: diagnostics)
            positions.step = stepNode?.position
            let step = stepNode.flatMap { values.identifier($0, key: "step") }
            guard isChoice else {
                guard let runbook, let step else { return nil }
                return .afterStep(runbook: runbook, step: step, delaySeconds: delay)
            }
            let optionNode = mapping.required("option", diagnostics: diagnostics)
            positions.option = optionNode?.position
            let option = optionNode.flatMap { values.identifier($0, key: "option") }
            guard let runbook, let step, let option else { return nil }
            return .onChoice(runbook: runbook, step: step, option: option, delaySeconds: delay)
        }
    }

    private func keyed(_ entry: MappingReader.Entry, _ allowed: [String]) -> MappingReader? {
        guard let mapping = MappingReader(entry.value, key: entry.key, diagnostics: diagnostics)
        else { return nil }
        mapping.reportUnknownKeys(allowed: allowed, diagnostics: diagnostics)
        return mapping
    }

    // MARK: - Helpers

    /// The list under `key`, each item a mapping of its allowed keys, read by `read`.
    private func items<Item>(
        _ mapping: MappingReader, _ key: String, _ values: ValueReader,
        _ read: (MappingReader) -> Item?
    ) -> [Item] {
        guard let node = mapping[key] else { return [] }
        return (values.list(node, key: key) ?? []).compactMap { item in
            guard let entry = MappingReader(item, key: key + "[]", diagnostics: diagnostics) else {
                return nil
            }
            entry.reportUnknownKeys(allowed: Self.itemKeys[key] ?? [], diagnostics: diagnostics)
            return read(entry)
        }
    }

    static let itemKeys: [String: [String]] = [
        "roles": ["id", "label"],
        "contacts": ["contact", "script", "reachable_after"],
        "expectations": ["milestone", "target", "required"],
        "modules": ["id", "title", "minutes", "questions"],
        "injects": injectKeys,
    ]

    /// Inject, role and module ids, and contacts, are each unique in the scenario:
    /// a later one is reported at its id.
    private func reportDuplicates(_ mapping: MappingReader, _ values: ValueReader) {
        let lists = [
            ("injects", "id", "inject"), ("roles", "id", "role"), ("modules", "id", "module"),
            ("contacts", "contact", "contact"),
        ]
        for (key, idKey, item) in lists {
            guard let node = mapping[key], case .sequence(let sequence) = node else { continue }
            var seen: Set<String> = []
            for case .mapping(let entry) in sequence {
                guard let idNode = entry[Node(idKey)], let id = idNode.nonNullScalarString else {
                    continue
                }
                if !seen.insert(id).inserted {
                    diagnostics.report(.duplicateScenarioItemID(item: item, id: id), at: idNode)
                }
            }
        }
    }

    private func requiredText(_ mapping: MappingReader, _ key: String, _ values: ValueReader)
        -> LocalizedText?
    {
        var placeholders: [PlaceholderUse] = []
        return mapping.required(key, diagnostics: diagnostics).flatMap {
            values.text($0, key: key, placeholders: &placeholders)
        }
    }

    private func optionalText(_ mapping: MappingReader, _ key: String, _ values: ValueReader)
        -> LocalizedText?
    {
        var placeholders: [PlaceholderUse] = []
        return mapping[key].flatMap { values.text($0, key: key, placeholders: &placeholders) }
    }

    private func textList(_ node: Node, _ key: String, _ values: ValueReader) -> [LocalizedText]? {
        var placeholders: [PlaceholderUse] = []
        return values.textList(node, key: key, placeholders: &placeholders)
    }
}
