import DocumentMarkup
import RunbookModel
import RunbookPrinting

/// Reads printed documents back as plain text, and builds the text a test expects.
enum PrintedText {
    /// The text a reader sees: tags removed (`<br/>` as a line break), the five
    /// XML character references decoded.
    static func plain(html: String) -> String {
        var text = ""
        var insideTag = false
        var tag = ""
        for character in html {
            if insideTag {
                if character == ">" {
                    insideTag = false
                    if tag == "br/" { text.append("\n") }
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                insideTag = true
                tag = ""
            } else {
                text.append(character)
            }
        }
        return text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">")
            .replacingAll("&quot;", with: "\"").replacingAll("&#39;", with: "'").replacingAll(
                "&amp;", with: "&")
    }

    /// The text a reader sees in Markdown: backslash escapes, hard-break
    /// backslashes and emphasis and code-span delimiters removed.
    static func plain(markdown: String) -> String {
        var text = ""
        var escaping = false
        for character in markdown {
            if escaping {
                escaping = false
                if character.isASCII && (character.isPunctuation || character.isSymbol) {
                    text.append(character)
                    continue
                }
                if character != "\n" { text.append("\\") }
                text.append(character)
            } else if character == "\\" {
                escaping = true
            } else if character == "*" || character == "`" {
                // Unescaped, these are only ever emphasis or code-span delimiters.
                continue
            } else {
                text.append(character)
            }
        }
        return text
    }

    static func plain(_ document: String, format: DocumentFormat) -> String {
        format == .html ? plain(html: document) : plain(markdown: document)
    }

    /// A runbook text as printed: in `language`, each `{{name}}` as its blank,
    /// cut into trimmed, non-empty lines (paragraph layout differs by format).
    static func expectedLines(_ text: LocalizedText, of runbook: Runbook, labels: PrintLabels)
        -> [String]
    {
        let words = withBlanks(
            text.resolved(preferred: labels.language, fallback: runbook.language), labels: labels)
        return words.split(whereSeparator: \.isNewline)
            .map { String($0).trimmedSpaces() }
            .filter { !$0.isEmpty }
    }

    /// A one-line text (a title) as printed.
    static func expectedLine(_ text: LocalizedText, of runbook: Runbook, labels: PrintLabels)
        -> String
    {
        expectedLines(text, of: runbook, labels: labels).joined(separator: " ")
    }

    static func withBlanks(_ text: String, labels: PrintLabels) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{"),
            let close = rest[open.upperBound...].firstRange(of: "}}")
        {
            result += rest[..<open.lowerBound]
            result += labels.fieldBlank(
                String(rest[open.upperBound..<close.lowerBound]).trimmedSpaces())
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The needles not found in `text`, so a failure lists only what is missing.
    static func missing(_ needles: [String], in text: String) -> [String] {
        needles.filter { !text.contains($0) }
    }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.ranges(of: needle).count
    }
}
