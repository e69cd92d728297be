import Notation
import RunbookModel
import Yams

/// Reads a contacts file (docs/runbook-format.md "Contacts file").
struct ContactsFileParser {
    static let keys = ["format", "contacts"]
    static let contactKeys = [
        "id", "name", "phones", "hours", "url", "notes", "prior_contract_required", "last_verified",
        "tier",
    ]

    let diagnostics: FileDiagnostics

    /// Every contact of the file; entries with errors are returned marked invalid.
    func parse(_ root: Node) -> [ParsedContact] {
        guard
            let mapping = MappingReader.fileRoot(
                root, kind: "contacts file", allowed: Self.keys, diagnostics: diagnostics)
        else { return [] }
        let values = ValueReader(diagnostics: diagnostics)
        guard let node = mapping.required("contacts", diagnostics: diagnostics),
            let items = values.list(node, key: "contacts")
        else { return [] }
        return items.compactMap { contact($0, values: values) }
    }

    private func contact(_ node: Node, values: ValueReader) -> ParsedContact? {
        let errorsBefore = diagnostics.diagnostics.count
        guard let mapping = MappingReader(node, key: "contacts[]", diagnostics: diagnostics) else {
            return nil
        }
        mapping.reportUnknownKeys(allowed: Self.contactKeys, diagnostics: diagnostics)
        var placeholders: [PlaceholderUse] = []
        let idNode = mapping.required("id", diagnostics: diagnostics)
        let id = idNode.flatMap { values.identifier($0, key: "id") }
        let name = mapping.required("name", diagnostics: diagnostics).flatMap {
            values.text($0, key: "name", placeholders: &placeholders)
        }
        guard let id else { return nil }
        var contact = Contact(id: id, name: name ?? LocalizedText([:]))
        contact.phones = mapping["phones"].flatMap { values.stringList($0, key: "phones") } ?? []
        contact.hours = mapping["hours"].flatMap { values.string($0, key: "hours") }
        contact.url = mapping["url"].flatMap { values.webAddress($0, key: "url") }
        contact.notes = mapping["notes"].flatMap {
            values.text($0, key: "notes", placeholders: &placeholders)
        }
        contact.priorContractRequired = mapping["prior_contract_required"].flatMap {
            values.boolean($0, key: "prior_contract_required")
        }
        contact.lastVerified = mapping["last_verified"].flatMap { date($0, values: values) }
        contact.tier = mapping["tier"].flatMap { values.string($0, key: "tier") }
        let isValid = !diagnostics.diagnostics[errorsBefore...].contains { $0.severity == .error }
        return ParsedContact(
            contact: contact, idPosition: idNode?.position, diagnostics: diagnostics,
            isValid: isValid)
    }

    private func date(_ node: Node, values: ValueReader) -> String? {
        guard let words = values.string(node, key: "last_verified") else { return nil }
        guard CalendarDate.isValid(words) else {
            diagnostics.report(.invalidDate(words), at: node)
            return nil
        }
        return words
    }
}
