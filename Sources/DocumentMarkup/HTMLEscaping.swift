/// Makes runbook and journal text safe inside HTML elements and quoted attribute values.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` become character references, and control
    /// characters that XML forbids become U+FFFD, so the document stays
    /// well-formed whatever a runbook file contains. Tabs and line breaks stay.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                let forbidden = scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value)
                escaped.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return escaped
    }

    /// Whether `url` may be a link target: only web and mail addresses, so a
    /// runbook cannot smuggle a `javascript:` link into the printout.
    public static func isLinkable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return ["https://", "http://", "mailto:"].contains { lowered.hasPrefix($0) }
    }

    /// Escapes `text` and renders each `…` span (a command in the frame's own words) as
    /// `<code>`; an unpaired backtick stays as it is. For a document's own paragraphs, never
    /// for journal text, which is shown exactly as journaled.
    public static func escapeMarkingCode(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return escape(text) }
        var output = ""
        for (index, part) in parts.enumerated() {
            let isCode = index % 2 == 1 && index < parts.count - (parts.count % 2 == 0 ? 1 : 0)
            if index % 2 == 1, !isCode {
                output += "`" + escape(String(part))
            } else {
                output +=
                    isCode ? "<code>" + escape(String(part)) + "</code>" : escape(String(part))
            }
        }
        return output
    }
}
