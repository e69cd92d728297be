/// What an export wrote, for the command to report.
public struct ExportSummary: Sendable {
    /// Records written (verdict rows not counted).
    public let recordCount: Int
    /// Lines that were not readable records, kept with their reasons (a bounded number).
    public let unreadableLines: [UnreadableLine]
    /// How many lines were not readable in all.
    public let unreadableLineCount: Int
}
