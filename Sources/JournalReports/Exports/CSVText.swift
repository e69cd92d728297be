/// One CSV row per RFC 4180: fields quoted when they hold a comma, a quote, CR or LF,
/// with quotes doubled.
///
/// In every CSV Shodo writes (with or without `--excel`), a field that a spreadsheet
/// would run as a formula gets a leading `'` (OWASP, "CSV Injection"): one starting
/// with `=`, `+`, `@`, a tab or CR, or with `-` unless the whole field is a plain
/// number such as `-3` or `-0.5`. Journal text is typed by people during an incident
/// and may quote an attacker's note, and any CSV may end up opened in Excel or
/// LibreOffice. The exact text stays in the journal and in the JSONL exports.
struct CSVText {
    /// `\r\n` for Excel, `\n` otherwise.
    let lineEnd: String

    /// The row's text, line end included.
    func row(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += quoted(neutralised(field))
        }
        line += lineEnd
        return line
    }

    private func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        else {
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
            return field.count == 1 || Self.isPlainNumber(field.dropFirst()) ? field : "'" + field
        default:
            return field
        }
    }

    /// Digits with at most one decimal point between digits: `3`, `0.5`.
    private static func isPlainNumber(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy {
                !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            }
    }
}
