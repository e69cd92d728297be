/// One CSV row per RFC 4180: fields quoted when they hold a comma, a quote, CR or LF,
/// with quotes doubled.
///
/// For Excel (`--excel`) a text field that Excel would run as a formula (starting with
/// `=`, `+`, `@`, a tab, CR, or `-` not followed by a digit) gets a leading `'`: journal
/// text is typed by people during an incident and may quote an attacker's note. The
/// plain CSV keeps every field exactly as journaled.
struct CSVText {
    /// Whether formula-like fields are neutralised for Excel.
    let guardsFormulas: Bool
    /// `\r\n` for Excel, `\n` otherwise.
    let lineEnd: String

    /// The row's text, line end included.
    func row(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += quoted(guardsFormulas ? neutralised(field) : field)
        }
        line += lineEnd
        return line
    }

    private func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return field
        }
        var output = "\""
        for character in field.unicodeScalars {
            if character == "\"" { output += "\"" }
            output.unicodeScalars.append(character)
        }
        output += "\""
        return output
    }

    private func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first else { return field }
        switch first {
        case "=", "+", "@", "\t", "\r":
            return "'" + field
        case "-":
            let second = field.unicodeScalars.dropFirst().first
            if let second, ("0"..."9").contains(second) { return field }
            return field.count == 1 ? field : "'" + field
        default:
            return field
        }
    }
}
