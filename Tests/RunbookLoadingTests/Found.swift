import RunbookLoading

/// A diagnostic without its file: what tests compare.
struct Found: Equatable, CustomStringConvertible {
    let severity: DiagnosticSeverity
    let line: Int
    let column: Int
    let message: DiagnosticMessage

    init(
        _ line: Int, _ column: Int, _ message: DiagnosticMessage,
        _ severity: DiagnosticSeverity = .error
    ) {
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.line, diagnostic.column, diagnostic.message, diagnostic.severity)
    }

    var description: String { "\(line):\(column): \(severity): \(message)" }
}
