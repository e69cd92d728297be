/// How a cell looks, said by what it means (`role`) plus explicit `attributes`.
///
/// The backend maps each role to a colour pair *and* to monochrome attributes
/// (bold, reverse, underline), so colour is never the only signal. Attributes
/// given here are added on top of the role's own.
public struct Style: Hashable, Sendable {
    /// What the text is (a title, a caution, the selected option...).
    public var role: Role
    /// Extra attributes, added to whatever the role maps to.
    public var attributes: Attributes

    /// A style with `role` and optional extra `attributes`.
    public init(role: Role, attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// This style with `extra` attributes added.
    public func adding(_ extra: Attributes) -> Style {
        Style(role: role, attributes: attributes.union(extra))
    }

    /// Ordinary text.
    public static let normal = Style(role: .normal)
    /// The screen title line.
    public static let title = Style(role: .title)
    /// A section header.
    public static let header = Style(role: .header)
    /// Text of a caution (safety warning).
    public static let caution = Style(role: .caution)
    /// The border of a caution box.
    public static let cautionBorder = Style(role: .cautionBorder)
    /// The selected option in a list.
    public static let selection = Style(role: .selection)
    /// The bottom key-hint line (labels).
    public static let keyHint = Style(role: .keyHint)
    /// A key name inside a hint, e.g. `[Enter]`.
    public static let key = Style(role: .key)
    /// The banner that says a run is a drill, not a real incident.
    public static let drillBanner = Style(role: .drillBanner)
    /// An error message.
    public static let error = Style(role: .error)
    /// A success message.
    public static let success = Style(role: .success)
    /// Secondary text (scroll marks, placeholders).
    public static let muted = Style(role: .muted)
    /// An editable input field.
    public static let inputField = Style(role: .inputField)
    /// A guiding principle of the runbook.
    public static let principle = Style(role: .principle)
    /// A verbatim command.
    public static let codeBlock = Style(role: .codeBlock)
    /// The verification code drawn large.
    public static let bigCode = Style(role: .bigCode)
}
