import RunbookLoading

/// Fixture text whose expected diagnostic positions are written into it as markers:
/// `⟦name⟧` stands right before the character the position names, and is removed
/// from the text. Counting lines by hand past a hidden header is then never needed.
struct MarkedText {
    /// The text without its markers.
    let text: String
    private let positions: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [String: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        while let character = rest.first {
            if character == "⟦", let close = rest.firstIndex(of: "⟧") {
                positions[String(rest[rest.index(after: rest.startIndex)..<close])] = (line, column)
                rest = rest[rest.index(after: close)...]
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.positions = positions
    }

    /// The expected diagnostic at marker `name`; a missing marker gives line 0, which never matches.
    func found(
        _ name: String, _ message: DiagnosticMessage, _ severity: DiagnosticSeverity = .error
    ) -> Found {
        let position = positions[name] ?? (0, 0)
        return Found(position.line, position.column, message, severity)
    }
}
