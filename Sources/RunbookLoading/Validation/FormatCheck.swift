/// The `format` key every Shodo file shares: only version 1 exists.
enum FormatCheck {
    /// Reports a missing `format` (when `required`) or any value other than a plain `1`.
    static func requireVersion1(
        in mapping: MappingReader, diagnostics: FileDiagnostics, required: Bool = true
    ) {
        let node =
            required ? mapping.required("format", diagnostics: diagnostics) : mapping["format"]
        guard let node else { return }
        let values = ValueReader(diagnostics: diagnostics)
        guard let format = values.integer(node, key: "format") else { return }
        if format != 1 {
            diagnostics.report(.unsupportedFormat(String(format)), at: node)
        }
    }
}
