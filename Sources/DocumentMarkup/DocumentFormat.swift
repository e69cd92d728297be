/// The formats of the documents for people: the printed binder, the review pack and the
/// drill report (`--format md|html`).
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// CommonMark with GitHub-style tables, readable as it is and through any Markdown renderer.
    case markdown = "md"
    /// One self-contained, XHTML-compatible HTML file, laid out for A4.
    case html

    /// The format an output file's name asks for: HTML when it ends in `.html` or `.htm`
    /// (any case), else Markdown (also for standard output, `nil`).
    public init(outputPath: String?) {
        let lowered = outputPath?.lowercased() ?? ""
        self = lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : .markdown
    }
}
