/// Makes runbook text safe inside HTML elements and quoted attribute values.
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
}
