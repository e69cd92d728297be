import RunbookModel

/// One load: reads every file, then runs the checks that need all of them together.
struct LoadSession {
    /// One per entry, in entry order.
    private(set) var files: [FileDiagnostics] = []
    private var runbooks: [ParsedRunbook] = []
    private var contacts: [ParsedContact] = []
    private var principles: [LocalizedText] = []
    private var scenarios: [ParsedScenario] = []
    private var contactsFileLoaded = false
    /// Contacts left out of the library: a later duplicate id.
    private var duplicateContacts: Set<Int> = []

    /// Reads and checks `entries` together; files are read concurrently.
    init(entries: [LoadEntry]) {
        var fallbackContacts: [ParsedContact]?
        for (entry, file) in zip(entries, ConcurrentMap.map(entries, ParsedFile.read)) {
            files.append(file.diagnostics)
            switch file.content {
            case .runbook(let parsed): runbooks.append(parsed)
            case .contacts(let parsed) where entry.isFallbackContacts:
                fallbackContacts = (fallbackContacts ?? []) + parsed
            case .contacts(let parsed):
                contactsFileLoaded = true
                contacts += parsed
            case .principles(let parsed): principles += parsed
            case .scenario(let parsed): scenarios.append(parsed)
            case .nothing: break
            }
        }
        if !contactsFileLoaded, let fallbackContacts {
            contactsFileLoaded = true
            contacts = fallbackContacts
        }
        validateTogether()
    }

    /// Runbooks without errors, valid contacts, and every principle, in load order.
    var library: RunbookLibrary {
        RunbookLibrary(
            runbooks: runbooks.filter { !$0.diagnostics.hasBlockingErrors }.map(\.runbook),
            contacts: contacts.enumerated().filter {
                $0.element.isValid && !duplicateContacts.contains($0.offset)
            }
            .map(\.element.contact),
            firstPrinciples: principles,
            scenarios: scenarios.filter { !$0.diagnostics.hasBlockingErrors }.map(\.scenario))
    }

    private mutating func validateTogether() {
        let indexByID = firstRunbookByID()
        reportDuplicateContacts()
        let graphs = runbooks.map { StepGraph($0.runbook, locations: $0.stepLocations) }
        for (parsed, graph) in zip(runbooks, graphs) {
            RunbookFlowValidator(parsed, graph: graph).validate()
        }
        let includes = IncludeValidator(runbooks: runbooks, indexByID: indexByID)
        includes.validate()
        PlaceholderValidator(runbooks: runbooks, graphs: graphs, indexByID: indexByID).validate()
        let milestones = MilestoneValidator(
            runbooks: runbooks, graphs: graphs, indexByID: indexByID)
        milestones.validate()
        let knownContacts = contactsFileLoaded ? Set(contacts.map(\.contact.id)) : nil
        ContactReferenceValidator(runbooks: runbooks, knownIDs: knownContacts).validate()
        includes.reportIncludesOfBrokenRunbooks()
        ScenarioValidator(
            scenarios: scenarios, runbooks: runbooks, indexByID: indexByID, milestones: milestones,
            knownContacts: knownContacts
        ).validate()
    }

    /// Runbook id to its first runbook; every later runbook with the same id is
    /// reported at its `id:` value.
    private func firstRunbookByID() -> [String: Int] {
        var indexByID: [String: Int] = [:]
        for (number, parsed) in runbooks.enumerated() where !parsed.runbook.id.isEmpty {
            if let first = indexByID[parsed.runbook.id] {
                parsed.diagnostics.report(
                    .duplicateRunbookID(
                        parsed.runbook.id, firstFile: runbooks[first].diagnostics.file),
                    at: parsed.idPosition)
            } else {
                indexByID[parsed.runbook.id] = number
            }
        }
        return indexByID
    }

    private mutating func reportDuplicateContacts() {
        var firstByID: [String: Int] = [:]
        for (number, parsed) in contacts.enumerated() {
            if let first = firstByID[parsed.contact.id] {
                parsed.diagnostics.report(
                    .duplicateContactID(
                        parsed.contact.id, firstFile: contacts[first].diagnostics.file),
                    at: parsed.idPosition)
                duplicateContacts.insert(number)
            } else {
                firstByID[parsed.contact.id] = number
            }
        }
    }
}
