/// A run of text inside a printed paragraph, heading or list item.
enum PrintInline: Sendable, Hashable {
    /// Words from the runbook or a label, escaped by the renderer.
    case text(String)
    /// Where `{{name}}` stood: the value written at that input step goes here.
    case field(String)
    /// A label that must stand out.
    case strong(String)
    /// Verbatim characters (a pattern), never reflowed or interpreted.
    case code(String)
    /// Underscores to write on, kept exactly as given.
    case blank(String)
    /// A link to a page outside the document (references, contacts).
    case link(text: String, url: String)
    /// A pointer to a heading inside the document ("step 5").
    case jump(text: String, anchor: String)
    /// A hard line break inside the same paragraph.
    case lineBreak
}
