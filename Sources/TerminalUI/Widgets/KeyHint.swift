/// One entry of the key-hint line: a key and what it does, e.g. `[Enter] 完了`.
public struct KeyHint: Hashable, Sendable {
    /// The key as shown inside the brackets (`Enter`, `s`, `1-9`).
    public var key: String
    /// What the key does, in the operator's language.
    public var label: String
    /// Kept when the line is too narrow and other hints are dropped (e.g. `?` help, `q` quit).
    public var isEssential: Bool

    /// A hint for `key` doing `label`.
    public init(key: String, label: String, isEssential: Bool = false) {
        self.key = key
        self.label = label
        self.isEssential = isEssential
    }
}
