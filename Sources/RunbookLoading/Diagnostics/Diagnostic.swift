/// One problem found in one file, at one position.
///
/// `description` is the line `validate` prints: `FILE:LINE:COLUMN: error: MESSAGE`
/// (or `warning:`). FILE is the path as given; LINE and COLUMN are 1-based and
/// COLUMN counts characters, so Japanese text before the position counts one per
/// character.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Whether it is an error or a warning.
    public var severity: DiagnosticSeverity
    /// The file's path, exactly as it was given to the loader.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counting characters (not bytes, not Unicode scalars).
    public var column: Int
    /// What is wrong, as a named value; `message.text` is the English sentence.
    public var message: DiagnosticMessage

    /// A diagnostic at an already converted position.
    public init(
        severity: DiagnosticSeverity, file: String, line: Int, column: Int,
        message: DiagnosticMessage
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, exactly as `validate` prints it.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message.text)"
    }

    /// Whether this diagnostic comes before `other` when sorted by file, line, then column.
    public func precedes(_ other: Diagnostic) -> Bool {
        if file != other.file { return file < other.file }
        if line != other.line { return line < other.line }
        return column < other.column
    }
}
