/// A format-neutral piece of a printed document; renderers turn it into text.
indirect enum PrintBlock: Sendable, Hashable {
    case heading(level: Int, content: [PrintInline], anchor: String?)
    case paragraph([PrintInline])
    /// Label and value pairs (version, phones, hours ...).
    case facts([PrintFact])
    /// A caution box: a heading with a symbol and a word, then paragraphs.
    case caution(heading: String, paragraphs: [[PrintInline]])
    /// The step's reason, set apart from what to do.
    case explanation(heading: String, paragraphs: [[PrintInline]])
    /// Lines that each start with a box to tick.
    case checkboxes([[PrintInline]])
    case list([[PrintInline]])
    /// Verbatim text to type, in a fence its content cannot close.
    case code(String)
    /// A line of blanks to fill in by hand (time, initials, values).
    case writeIn([PrintInline])
    /// Blocks kept together: on paper a step must not break across pages.
    case group(PrintGroup, [PrintBlock])
    case divider
}
