import Yams

/// The entries of one YAML mapping, looked up by key, in source order.
///
/// It keeps Yams' mapping and only the key strings beside it: copying nodes out
/// into entries up front was a tenth of a whole load's time.
struct MappingReader {
    /// One `key: value` pair with both nodes, for positions.
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    /// The mapping node itself: where a missing key is reported.
    let node: Node
    private let mapping: Node.Mapping
    /// The key of each pair as a string, `nil` where the key is not a scalar.
    private let keys: [String?]

    /// Reads `node` as a mapping, or reports `key` must be a mapping and returns `nil`.
    init?(_ node: Node, key: String, diagnostics: FileDiagnostics) {
        guard case .mapping(let mapping) = node else {
            diagnostics.report(
                .wrongType(key: key, expected: .mapping, found: node.foundDescription), at: node)
            return nil
        }
        var keys: [String?] = []
        keys.reserveCapacity(mapping.count)
        for keyNode in mapping.keys {
            let name = keyNode.nonNullScalarString
            if name == nil {
                diagnostics.report(
                    .wrongType(key: "key", expected: .string, found: keyNode.foundDescription),
                    at: keyNode)
            }
            keys.append(name)
        }
        self.node = node
        self.mapping = mapping
        self.keys = keys
    }

    /// Reads a file's top level: a mapping of `allowed` keys (plus `x-` keys) with
    /// `format: 1`, or `nil` after reporting that it is not a mapping.
    static func fileRoot(
        _ root: Node, kind: String, allowed: [String], diagnostics: FileDiagnostics,
        formatRequired: Bool = true
    ) -> MappingReader? {
        guard let mapping = MappingReader(root, key: kind, diagnostics: diagnostics) else {
            return nil
        }
        mapping.reportUnknownKeys(allowed: allowed, diagnostics: diagnostics)
        FormatCheck.requireVersion1(in: mapping, diagnostics: diagnostics, required: formatRequired)
        return mapping
    }

    /// Every entry whose key is a string, in source order.
    var entries: [Entry] {
        zip(keys, mapping).compactMap { key, pair in
            key.map { Entry(key: $0, keyNode: pair.key, value: pair.value) }
        }
    }

    /// Whether the mapping has no entries at all.
    var isEmpty: Bool { keys.isEmpty }

    /// The value of `key`, if the key is present.
    subscript(key: String) -> Node? {
        keys.firstIndex(of: key).map { mapping[mapping.startIndex + $0].value }
    }

    /// The entry of `key`, if present.
    func entry(_ key: String) -> Entry? {
        keys.firstIndex(of: key).map { offset in
            let pair = mapping[mapping.startIndex + offset]
            return Entry(key: key, keyNode: pair.key, value: pair.value)
        }
    }

    /// Reports every key not in `allowed`, except `x-` keys, which are kept for
    /// people and tools and ignored here. `message` may name a more specific
    /// problem than an unknown key.
    func reportUnknownKeys(
        allowed: [String], diagnostics: FileDiagnostics,
        message: (String) -> DiagnosticMessage? = { _ in nil }
    ) {
        for (offset, key) in keys.enumerated() {
            guard let key, !key.hasPrefix("x-"), !allowed.contains(key) else { continue }
            let specific = message(key)
            let fallback = DiagnosticMessage.unknownKey(
                key, suggestion: Suggestion.closest(to: key, among: allowed))
            diagnostics.report(specific ?? fallback, at: mapping[mapping.startIndex + offset].key)
        }
    }

    /// The value of a required key, or `nil` after reporting it missing at this mapping.
    func required(_ key: String, diagnostics: FileDiagnostics) -> Node? {
        guard let value = self[key] else {
            diagnostics.report(.missingKey(key), at: node)
            return nil
        }
        return value
    }
}
