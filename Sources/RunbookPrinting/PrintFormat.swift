/// The output formats of `shodo print`.
public enum PrintFormat: String, Sendable, Hashable, CaseIterable {
    /// CommonMark, readable as it is and through any Markdown renderer.
    case markdown = "md"
    /// One self-contained XHTML-compatible HTML file, laid out for A4.
    case html
}
