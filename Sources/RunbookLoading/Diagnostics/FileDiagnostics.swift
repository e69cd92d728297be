import Yams

/// The diagnostics of one file, with Yams marks converted to character columns.
///
/// A class because every parser and validator of a load adds to the same file's
/// list; one instance per file, used from one thread at a time.
final class FileDiagnostics {
    /// The path as given.
    let file: String
    private let text: String
    private var lineCache: [Substring]?
    private(set) var diagnostics: [Diagnostic] = []
    /// Errors that make a runbook unsafe to run; see `report(_:at:severity:blocksRunning:)`.
    private var blockingErrorCount = 0

    init(file: String, text: String = "") {
        self.file = file
        self.text = text
    }

    /// Whether any error (not a warning) was reported for this file.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether an error makes the runbook unsafe to run, so it is left out of the
    /// library. An unknown contact id is an error for `validate` but does not
    /// block a run: the step still shows the id, and keeping a hospital's typo in
    /// its contacts file from hiding the ransomware runbook at 3 a.m. matters more.
    var hasBlockingErrors: Bool { blockingErrorCount > 0 }

    /// Reports `message` at a Yams-style position (1-based, column in Unicode scalars); a
    /// missing one means the start of the file.
    func report(
        _ message: DiagnosticMessage, at position: SourcePosition?,
        severity: DiagnosticSeverity = .error,
        blocksRunning: Bool = true
    ) {
        let position = inside(position ?? SourcePosition(line: 1, column: 1))
        let line = position.line
        let column = characterColumn(line: line, scalarColumn: position.column)
        diagnostics.append(
            Diagnostic(severity: severity, file: file, line: line, column: column, message: message)
        )
        if severity == .error && blocksRunning { blockingErrorCount += 1 }
    }

    /// Reports `message` at the position of a node.
    func report(_ message: DiagnosticMessage, at node: Node, severity: DiagnosticSeverity = .error)
    {
        report(message, at: node.position, severity: severity)
    }

    /// The 1-based line and scalar column of the character at `offset` characters
    /// from the start of the text (Yams' reader errors count that way).
    func position(atCharacterOffset offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// The text of a 1-based line, as libyaml splits lines.
    func lineText(_ line: Int) -> Substring? {
        let lines = cachedLines()
        return line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    /// libyaml marks the end of a file without a final line break on the line after
    /// the last one (it adds that break itself); such a position is the end of the last line.
    private func inside(_ position: SourcePosition) -> SourcePosition {
        let lines = cachedLines()
        guard position.line > lines.count, let last = lines.last else { return position }
        return SourcePosition(line: lines.count, column: last.unicodeScalars.count + 1)
    }

    private func characterColumn(line: Int, scalarColumn: Int) -> Int {
        guard let lineText = lineText(line) else { return scalarColumn }
        let scalars = lineText.unicodeScalars
        let wanted = max(0, scalarColumn - 1)
        let available = scalars.count
        let end = scalars.index(scalars.startIndex, offsetBy: min(wanted, available))
        let prefix = Substring(scalars[scalars.startIndex..<end])
        return prefix.count + max(0, wanted - available) + 1
    }

    private func cachedLines() -> [Substring] {
        if let lineCache { return lineCache }
        let lines = Self.splitLines(text)
        lineCache = lines
        return lines
    }

    /// Splits at the line breaks libyaml counts: LF, CR, CR LF, NEL, LS and PS.
    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "\r":
                lines.append(Substring(scalars[lineStart..<index]))
                index =
                    next < scalars.endIndex && scalars[next] == "\n"
                    ? scalars.index(after: next) : next
                lineStart = index
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(Substring(scalars[lineStart..<index]))
                index = next
                lineStart = index
            default:
                index = next
            }
        }
        lines.append(Substring(scalars[lineStart..<scalars.endIndex]))
        return lines
    }
}
