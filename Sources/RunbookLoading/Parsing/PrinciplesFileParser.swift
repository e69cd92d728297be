import RunbookModel
import Yams

/// Reads the first-principles file, a Shodo extension of the runbook format.
///
/// Keys: `format` (required, 1), `lang` (optional, language of plain strings,
/// default `ja`), `langs` (optional, languages every principle must have) and
/// `principles` (required, a list of at least one text).
struct PrinciplesFileParser {
    static let keys = ["format", "lang", "langs", "principles"]

    let diagnostics: FileDiagnostics

    /// The principles in file order; ones with errors are left out.
    func parse(_ root: Node) -> [LocalizedText] {
        guard
            let mapping = MappingReader.fileRoot(
                root, kind: "principles file", allowed: Self.keys, diagnostics: diagnostics)
        else { return [] }
        let values = ValueReader.forFile(mapping, diagnostics: diagnostics)
        guard let node = mapping.required("principles", diagnostics: diagnostics) else { return [] }
        return Self.principles(node, key: "principles", values: values)
    }

    /// A non-empty list of texts; shared with the configuration's `first_principles`.
    static func principles(_ node: Node, key: String, values: ValueReader) -> [LocalizedText] {
        var placeholders: [PlaceholderUse] = []
        guard let items = values.list(node, key: key) else { return [] }
        if items.isEmpty { values.diagnostics.report(.noPrinciples, at: node) }
        return items.compactMap { values.text($0, key: key + "[]", placeholders: &placeholders) }
    }
}
