/// The formats `shodo journal export` and `merge` write.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A Markdown report (verdict, facts, timeline).
    case markdown = "md"
    /// One self-contained HTML report with an SVG time chart, printable on A4.
    case html
    /// Plain CSV, one row per record.
    case csv
    /// Plain JSON Lines, one object per record.
    case jsonl
    /// Timesketch JSON Lines.
    case timesketch
    /// Timesketch CSV.
    case timesketchCSV = "timesketch-csv"
    /// plaso's l2tcsv (17 fields).
    case l2tcsv
    /// The plain-text timeline `journal show` and `journal merge` print, one line per record.
    case text

    /// Whether the format is CSV, so `--excel` applies to it.
    public var isCSV: Bool { self == .csv || self == .timesketchCSV || self == .l2tcsv }

    /// Whether the format is a document (md, html) rather than one row per record.
    public var isDocument: Bool { self == .markdown || self == .html }
}
