/// Text from people and files made safe to put on a terminal: every scalar a
/// terminal could act on is shown as `<U+XXXX>` and never interpreted.
///
/// Notes, values, operator names, runbook text and file names reach terminals
/// through `journal show`, reports, headless step text, refusals and
/// diagnostics. An ESC or a C1 control among them could retitle, clear or
/// rewrite the reader's screen; a bidi override could make the text read
/// differently from what is stored. Unsafe are: C0 controls (U+0000–U+001F)
/// except tab and, where lines are kept, line feed; DEL (U+007F); C1 controls
/// (U+0080–U+009F); and the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069). Each becomes `<U+` four upper-case hex
/// digits `>` (ESC is `<U+001B>`), plain ASCII that every terminal and font
/// shows, and that tells exactly which scalar was stored. The journal itself
/// keeps the original bytes; only what is shown changes.
public enum TerminalSafeText {
    /// What happens to line feeds.
    public enum LineBreaks: Sendable {
        /// Line feeds stay line feeds (multi-line output such as a report).
        case kept
        /// Line feeds are shown as `<U+000A>` too (text that must stay on one line).
        case shown
    }

    /// `text` with every unsafe scalar replaced by its visible form; the same
    /// string when there is none.
    public static func make(_ text: String, lineBreaks: LineBreaks = .kept) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, lineBreaks: lineBreaks) }) else {
            return text
        }
        var safe = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, lineBreaks: lineBreaks) {
                safe.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                safe.append(scalar)
            }
        }
        return String(safe)
    }

    /// Whether a terminal could act on `scalar` (tab never; line feed only when shown).
    public static func isUnsafe(_ scalar: Unicode.Scalar, lineBreaks: LineBreaks = .kept) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: lineBreaks == .shown
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The visible form of a scalar: `<U+001B>`.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
    }
}
