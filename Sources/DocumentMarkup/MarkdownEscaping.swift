import TerminalSafety

/// Keeps runbook and journal text literal in CommonMark (with GitHub's tables and
/// strikethrough) while leaving it readable as plain text.
///
/// Control characters and bidi overrides are shown as `<U+XXXX>` (`TerminalSafeText`):
/// a Markdown document is read with `cat` as often as it is rendered.
///
/// One rule set for the binder and the reports, the union of what either needs: emphasis,
/// code, links, raw HTML and autolinks (`<`, `>`), headings, table bars, strikethrough
/// (`~`), entity references (`&amp;`, not `R&D`), and block markers at the start of a line.
/// An `_` between two letters or digits (`pc_label`) cannot start emphasis and stays, and
/// a line break becomes a space, so text typed over two lines cannot break a table row.
public enum MarkdownEscaping {
    /// Escapes text that stands inside a line.
    public static func escapeInline(_ text: String) -> String {
        let characters = Array(text)
        var escaped = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "[", "]", "<", ">", "#", "|", "~":
                escaped += "\\"
            case "_":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if !(isWordCharacter(before) && isWordCharacter(after)) { escaped += "\\" }
            case "&":
                if startsEntityReference(characters[(index + 1)...]) { escaped += "\\" }
            default:
                break
            }
            escaped.append(character.isNewline ? " " : character)
        }
        return TerminalSafeText.make(escaped)
    }

    /// Escapes text that may stand at the start of a line or fill a table cell: a
    /// paragraph, a heading, a list item's value.
    public static func escape(_ text: String) -> String {
        protectLineStart(escapeInline(text))
    }

    /// Escapes what would open a block (list, quote, heading underline, fence,
    /// ordered list) at the start of a line that is already inline-escaped.
    public static func protectLineStart(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return "" }
        if "-+=>~".contains(first) { return "\\" + String(trimmed) }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let marker = trimmed.dropFirst(digits.count).first,
            marker == "." || marker == ")"
        {
            return String(digits) + "\\" + String(trimmed.dropFirst(digits.count))
        }
        return String(trimmed)
    }

    /// An inline code span whose delimiters the content cannot close.
    public static func codeSpan(_ code: String) -> String {
        let flat = String(code.map { $0.isNewline ? " " : $0 })
        let delimiter = String(repeating: "`", count: longestBacktickRun(in: flat) + 1)
        let padded =
            flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") ? " \(flat) " : flat
        return delimiter + padded + delimiter
    }

    /// A backtick fence longer than any backtick run in `code` (at least three).
    public static func fence(for code: String) -> String {
        String(repeating: "`", count: max(3, longestBacktickRun(in: code) + 1))
    }

    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// Whether `&` followed by `rest` reads as `&name;`, `&#123;` or `&#x1F;`.
    private static func startsEntityReference(_ rest: ArraySlice<Character>) -> Bool {
        var body = rest.prefix { $0 != ";" }
        guard body.count < rest.count, !body.isEmpty else { return false }
        if body.first == "#" {
            body = body.dropFirst()
            if body.first == "x" || body.first == "X" { body = body.dropFirst() }
            return !body.isEmpty && body.allSatisfy(\.isHexDigit)
        }
        return body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
