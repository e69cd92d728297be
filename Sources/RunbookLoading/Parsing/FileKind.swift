import Yams

/// What a YAML file is, decided by its top-level keys (docs/runbook-format.md "Contacts file").
enum FileKind: Equatable {
    case runbook
    case contacts
    /// A drill scenario (docs/drill-scenario.md "File").
    case scenario
    /// The first-principles file (a Shodo extension).
    case principles

    /// `scenario` wins over `contacts` (a scenario has simulated `contacts`), which
    /// wins over `principles`; anything else (including a top level that is not a
    /// mapping) is read as a runbook.
    init(root: Node) {
        guard case .mapping(let mapping) = root else {
            self = .runbook
            return
        }
        let keys = Set(mapping.keys.compactMap(\.nonNullScalarString))
        if keys.contains("scenario") {
            self = .scenario
        } else if keys.contains("contacts") {
            self = .contacts
        } else if keys.contains("principles") {
            self = .principles
        } else {
            self = .runbook
        }
    }
}
