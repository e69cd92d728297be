/// How an export says that a journal is a drill's (docs/drill-scenario.md "Journal of a drill"):
/// when any journal exported is a drill's, every row says `drill: true` or
/// `false`, so a drill merged with a real incident can never pass for part of it, and
/// the text export opens with the exercise line.
public enum DrillMarking {
    /// The line at the top of every view and export of a drill journal.
    public static let exerciseLine = japanese + " / " + english
    /// The marking in Japanese alone, for a document in Japanese.
    public static let japanese = "訓練記録 — 実際のインシデントではありません"
    /// The marking in English alone, for a document in English.
    public static let english = "EXERCISE — NOT A REAL INCIDENT"

    /// Whether rows must carry the `drill` mark: some source is a drill's.
    static func isNeeded(_ sources: [JournalSource]) -> Bool {
        sources.contains { $0.isDrill == true }
    }

    /// The mark's value for one journal.
    static func value(_ source: JournalSource) -> Bool { source.isDrill == true }

    /// A JSON object row with `"drill":true|false` as its last member.
    static func jsonRow(_ row: String, drill: Bool) -> String {
        guard let close = row.lastIndex(of: "}") else { return row }
        return String(row[..<close]) + ",\"drill\":\(drill)" + String(row[close...])
    }

    /// A CSV row (or the header) with one more field before its line end.
    static func csvRow(_ row: String, field: String) -> String {
        let body =
            row.hasSuffix("\r\n")
            ? row.dropLast(2) : row.hasSuffix("\n") ? row.dropLast() : Substring(row)
        return body + "," + field + row.dropFirst(body.count)
    }
}

/// The families of row formats, as the drill mark is added to them.
protocol DrillMarkedRows: RowExporter {
    /// The header with the mark's column, when the format has a header.
    func markedHeader(_ header: String) -> String
    /// A row with the mark.
    func marked(_ row: String, drill: Bool) -> String
    /// Whether the file opens with `DrillMarking.exerciseLine` (a text for people, not a data format).
    var opensWithExerciseLine: Bool { get }
}

extension DrillMarkedRows {
    var opensWithExerciseLine: Bool { false }
}

extension CSVRowExporter {
    func markedHeader(_ header: String) -> String { DrillMarking.csvRow(header, field: "drill") }
    func marked(_ row: String, drill: Bool) -> String {
        DrillMarking.csvRow(row, field: String(drill))
    }
}

extension CSVExporter: DrillMarkedRows {}
extension TimesketchCSVExporter: DrillMarkedRows {}

extension JSONLinesExporter: DrillMarkedRows {
    func markedHeader(_ header: String) -> String { header }
    func marked(_ row: String, drill: Bool) -> String { DrillMarking.jsonRow(row, drill: drill) }
}

extension TimesketchJSONLinesExporter: DrillMarkedRows {
    func markedHeader(_ header: String) -> String { header }
    func marked(_ row: String, drill: Bool) -> String { DrillMarking.jsonRow(row, drill: drill) }
}

extension PlainTimelineExporter: DrillMarkedRows {
    var opensWithExerciseLine: Bool { true }
    func markedHeader(_ header: String) -> String { header }
    /// One journal's timeline is marked once, by the exercise line at its top.
    func marked(_ row: String, drill: Bool) -> String {
        isOneJournal ? row : (drill ? "[drill] " : "[real] ") + row
    }
}

/// plaso's l2tcsv has exactly 17 fields: its rows carry the mark in `notes` themselves.
extension L2TCSVExporter: DrillMarkedRows {
    func markedHeader(_ header: String) -> String { header }
    func marked(_ row: String, drill: Bool) -> String { row }
}
