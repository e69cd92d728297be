/// The formats of the review pack.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Markdown.
    case markdown = "md"
    /// One self-contained HTML file, printable on A4.
    case html
}
