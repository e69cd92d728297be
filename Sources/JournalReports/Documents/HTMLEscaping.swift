/// Journal text made safe inside HTML (and XML: the output is well-formed XHTML-style).
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters XML does not allow.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\t", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Escapes `text` and renders each `…` span (a command in the frame's own words) as
    /// `<code>`; an unpaired backtick stays as it is. For the document's paragraphs, never
    /// for journal text, which is shown exactly as journaled.
    static func escapeMarkingCode(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return escape(text) }
        var output = ""
        for (index, part) in parts.enumerated() {
            let isCode = index % 2 == 1 && index < parts.count - (parts.count % 2 == 0 ? 1 : 0)
            if index % 2 == 1, !isCode {
                output += "`" + escape(String(part))
            } else {
                output += isCode ? "<code>" + escape(String(part)) + "</code>" : escape(String(part))
            }
        }
        return output
    }
}
