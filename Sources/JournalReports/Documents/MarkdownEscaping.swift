import TerminalSafety

/// Journal text made safe inside Markdown paragraphs and table cells.
enum MarkdownEscaping {
    /// Backslash-escapes Markdown's punctuation and the table bar; line breaks become spaces,
    /// so a reason typed over two lines cannot break a table. Control characters are
    /// shown as `<U+XXXX>` (`TerminalSafeText`): a Markdown report is read with `cat`
    /// as often as it is rendered.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
                output.append("\\")
                output.append(character)
            default:
                output.append(character.isNewline ? " " : character)
            }
        }
        return TerminalSafeText.make(output)
    }
}
