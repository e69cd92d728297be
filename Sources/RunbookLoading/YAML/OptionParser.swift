import RunbookModel
import Yams

/// Reads one option of a choice step: `{id, label, next}`.
struct OptionParser {
    static let keys = ["id", "label", "next", "milestone"]

    let values: ValueReader

    /// The option with the positions of its id, `next` and `milestone`, or `nil` when the item is not a mapping.
    func parse(
        _ node: Node, placeholders: inout [PlaceholderUse]
    ) -> (
        option: ChoiceOption, idPosition: SourcePosition?, nextPosition: SourcePosition?,
        milestonePosition: SourcePosition?
    )? {
        let diagnostics = values.diagnostics
        guard let mapping = MappingReader(node, key: "options[]", diagnostics: diagnostics) else {
            return nil
        }
        mapping.reportUnknownKeys(allowed: Self.keys, diagnostics: diagnostics)
        var option = ChoiceOption(id: "", label: LocalizedText([:]))
        var idPosition: SourcePosition?
        if let idNode = mapping.required("id", diagnostics: diagnostics) {
            idPosition = idNode.position
            option.id = values.identifier(idNode, key: "id") ?? ""
        }
        if let labelNode = mapping.required("label", diagnostics: diagnostics) {
            option.label =
                values.text(labelNode, key: "label", placeholders: &placeholders) ?? option.label
        }
        var nextPosition: SourcePosition?
        if let nextNode = mapping["next"] {
            nextPosition = nextNode.position
            option.next = values.string(nextNode, key: "next").map(StepTarget.init)
        }
        var milestonePosition: SourcePosition?
        if let milestoneNode = mapping["milestone"] {
            milestonePosition = milestoneNode.position
            option.milestone = values.identifier(milestoneNode, key: "milestone")
        }
        return (option, idPosition, nextPosition, milestonePosition)
    }
}
