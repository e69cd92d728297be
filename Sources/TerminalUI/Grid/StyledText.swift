/// A piece of text and the style to draw it in.
public struct StyledText: Hashable, Sendable {
    /// The text; may contain line breaks where a widget wraps it.
    public var text: String
    /// How it is drawn.
    public var style: Style

    /// `text` in `style`.
    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }
}
