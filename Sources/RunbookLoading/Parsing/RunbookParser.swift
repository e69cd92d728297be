import RunbookModel
import Yams

/// Reads a runbook file's top-level mapping into a `ParsedRunbook`.
struct RunbookParser {
    static let keys = [
        "format", "id", "version", "title", "summary", "lang", "langs", "severity", "roles",
        "triggers",
        "tags", "estimated_minutes", "references", "steps", "milestones", "must_reach",
    ]
    static let referenceKeys = ["title", "url"]
    static let milestoneKeys = ["id", "label"]
    static let guaranteeKeys = ["milestone", "within_steps"]

    let diagnostics: FileDiagnostics

    /// The runbook built from `root`, or `nil` when `root` is not a mapping.
    func parse(_ root: Node, source: SourceFile, sha256: String) -> ParsedRunbook? {
        guard
            let mapping = MappingReader.fileRoot(
                root, kind: "runbook", allowed: Self.keys, diagnostics: diagnostics)
        else { return nil }

        let values = ValueReader.forFile(mapping, diagnostics: diagnostics)
        let language = values.defaultLanguage
        let languages = values.requiredLanguages

        var runbook = Runbook(
            id: "", version: 0, title: LocalizedText([:]), language: language, languages: languages,
            steps: [],
            sourcePath: source.path, sourceSHA256: sha256)
        var placeholders: [PlaceholderUse] = []
        let idNode = mapping.required("id", diagnostics: diagnostics)
        runbook.id = idNode.flatMap { values.identifier($0, key: "id") } ?? ""
        runbook.version =
            mapping.required("version", diagnostics: diagnostics).flatMap {
                values.integer($0, key: "version", minimum: 1)
            } ?? 0
        if let node = mapping.required("title", diagnostics: diagnostics) {
            runbook.title =
                values.text(node, key: "title", placeholders: &placeholders) ?? runbook.title
        }
        runbook.summary = mapping["summary"].flatMap {
            values.text($0, key: "summary", placeholders: &placeholders)
        }
        runbook.severity = mapping["severity"].flatMap {
            values.oneOf($0, key: "severity", unknown: DiagnosticMessage.unknownSeverity)
        }
        runbook.roles = mapping["roles"].flatMap { values.stringList($0, key: "roles") } ?? []
        runbook.triggers =
            mapping["triggers"].flatMap {
                values.textList($0, key: "triggers", placeholders: &placeholders)
            } ?? []
        runbook.tags = mapping["tags"].flatMap { values.stringList($0, key: "tags") } ?? []
        runbook.estimatedMinutes = mapping["estimated_minutes"].flatMap {
            values.integer($0, key: "estimated_minutes", minimum: 0)
        }
        runbook.references =
            mapping["references"].flatMap {
                references($0, values: values, placeholders: &placeholders)
            } ?? []

        var milestonePositions: [SourcePosition?] = []
        if let node = mapping["milestones"] {
            (runbook.milestones, milestonePositions) = milestones(
                node, values: values, placeholders: &placeholders)
        }
        var guaranteePositions: [(entry: SourcePosition?, milestone: SourcePosition?)] = []
        if let node = mapping["must_reach"] {
            (runbook.mustReach, guaranteePositions) = guarantees(node, values: values)
        }

        var stepLocations: [StepLocations] = []
        if let node = mapping.required("steps", diagnostics: diagnostics),
            let items = values.list(node, key: "steps")
        {
            if items.isEmpty { diagnostics.report(.emptySteps, at: node) }
            let parser = StepParser(values: values)
            for item in items {
                guard let (step, locations) = parser.parse(item) else { continue }
                runbook.steps.append(step)
                stepLocations.append(locations)
            }
            reportDuplicateStepIDs(runbook.steps, stepLocations)
        }
        return ParsedRunbook(
            runbook: runbook, diagnostics: diagnostics, idPosition: idNode?.position,
            stepLocations: stepLocations,
            placeholders: placeholders, milestonePositions: milestonePositions,
            guaranteePositions: guaranteePositions)
    }

    /// `milestones: [{id, label}]`; a repeated id is reported at the later one.
    private func milestones(_ node: Node, values: ValueReader, placeholders: inout [PlaceholderUse])
        -> ([Milestone], [SourcePosition?])
    {
        var declared: [Milestone] = []
        var positions: [SourcePosition?] = []
        for item in values.list(node, key: "milestones") ?? [] {
            guard let mapping = MappingReader(item, key: "milestones[]", diagnostics: diagnostics)
            else { continue }
            mapping.reportUnknownKeys(allowed: Self.milestoneKeys, diagnostics: diagnostics)
            let idNode = mapping.required("id", diagnostics: diagnostics)
            let id = idNode.flatMap { values.identifier($0, key: "id") }
            let label = mapping.required("label", diagnostics: diagnostics).flatMap {
                values.text($0, key: "label", placeholders: &placeholders)
            }
            guard let id, let label else { continue }
            if declared.contains(where: { $0.id == id }) {
                diagnostics.report(.duplicateMilestoneID(id), at: idNode?.position)
                continue
            }
            declared.append(Milestone(id: id, label: label))
            positions.append(idNode?.position)
        }
        return (declared, positions)
    }

    /// `must_reach: [{milestone, within_steps?}]`.
    private func guarantees(_ node: Node, values: ValueReader)
        -> ([MilestoneGuarantee], [(entry: SourcePosition?, milestone: SourcePosition?)])
    {
        var entries: [MilestoneGuarantee] = []
        var positions: [(entry: SourcePosition?, milestone: SourcePosition?)] = []
        for item in values.list(node, key: "must_reach") ?? [] {
            guard let mapping = MappingReader(item, key: "must_reach[]", diagnostics: diagnostics)
            else { continue }
            mapping.reportUnknownKeys(allowed: Self.guaranteeKeys, diagnostics: diagnostics)
            let milestoneNode = mapping.required("milestone", diagnostics: diagnostics)
            let milestone = milestoneNode.flatMap { values.identifier($0, key: "milestone") }
            var withinSteps: Int?
            var withinIsValid = true
            if let withinNode = mapping["within_steps"] {
                withinSteps = values.integer(withinNode, key: "within_steps", minimum: 1)
                withinIsValid = withinSteps != nil
            }
            guard let milestone, withinIsValid else { continue }
            entries.append(MilestoneGuarantee(milestone: milestone, withinSteps: withinSteps))
            positions.append((item.position, milestoneNode?.position))
        }
        return (entries, positions)
    }

    private func references(_ node: Node, values: ValueReader, placeholders: inout [PlaceholderUse])
        -> [Reference]?
    {
        values.list(node, key: "references")?.compactMap { item in
            guard let mapping = MappingReader(item, key: "references[]", diagnostics: diagnostics)
            else { return nil }
            mapping.reportUnknownKeys(allowed: Self.referenceKeys, diagnostics: diagnostics)
            let title = mapping.required("title", diagnostics: diagnostics).flatMap {
                values.text($0, key: "title", placeholders: &placeholders)
            }
            let url = mapping.required("url", diagnostics: diagnostics).flatMap {
                values.webAddress($0, key: "url")
            }
            guard let title, let url else { return nil }
            return Reference(title: title, url: url)
        }
    }

    private func reportDuplicateStepIDs(_ steps: [Step], _ locations: [StepLocations]) {
        var seen: Set<String> = []
        for (step, location) in zip(steps, locations) where !step.id.isEmpty {
            if !seen.insert(step.id).inserted {
                diagnostics.report(.duplicateStepID(step.id), at: location.id)
            }
        }
    }
}
