/// A value entered (`value.entered`) or a decision made (`choice.made`), and by whom.
public struct RecordedValue: Sendable, Hashable {
    /// The record; its `actor` is who entered or decided it.
    public let reference: RecordReference
    /// `field` of a value; `step` of a choice.
    public let field: String
    /// `value` of a value; `option` of a choice.
    public let value: String
    /// Whether this is a decision (`choice.made`) rather than a typed value.
    public let isDecision: Bool
}
