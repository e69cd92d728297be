import ActionJournal
import Notation

/// Every drill held, one row each (docs/after-action.md "The drill register"): what a hospital
/// shows for its yearly exercise and what it changed because of it.
///
/// Built one journal at a time, each file read once; it keeps only the rows.
public struct DrillRegister: Sendable {
    /// One drill.
    public struct Row: Sendable {
        public var date: String
        public var year: String
        public var type: String
        public var scenario: String
        public var team: String
        public var bcpItems: String
        public var participants: String
        public var expectationsMet: String
        public var improvementsOpen: Int
        public var improvementsClosed: Int
        public var improvementsOverdue: Int
        public var verified: Bool
        public var file: String
    }

    /// The rows, oldest first.
    public private(set) var rows: [Row] = []
    /// The newest drill that verifies.
    public private(set) var last: LastDrill?
    /// Files given that were not drill journals or could not be read, with why.
    public private(set) var skipped: [String] = []
    /// Today, `YYYY-MM-DD`.
    public let today: String

    /// Reads `paths` (drill journals) one by one.
    public init(paths: [String], today: String) {
        self.today = today
        for (index, path) in paths.enumerated() {
            do throws(ReportError) {
                rows.append(
                    Self.row(try DrillAnalysis.read(path: path, index: index), today: today))
            } catch {
                skipped.append(error.description)
            }
        }
        rows.sort { ($0.date, $0.file) < ($1.date, $1.file) }
        last = rows.last(where: \.verified).map { LastDrill(date: $0.date, file: $0.file) }
    }

    /// The date of the last drill held (the newest that verifies), `YYYY-MM-DD`.
    public var lastDrill: String? { last?.date }

    /// Whether more than a year has passed since the last drill (or none was ever held).
    public var yearWithoutDrill: Bool { LastDrill.yearHasPassed(since: last, today: today) }

    /// Writes the register: `.csv` one row per drill with a header; HTML one A4 page per year.
    public func write(_ format: RegisterFormat, options: ExportOptions, to output: ReportOutput)
        throws(ReportError)
    {
        let text = ReportText(language: options.language)
        switch format {
        case .csv:
            let csv = CSVText(lineEnd: "\r\n")
            try output.write(csv.row(text.registerColumns + ["drill"]))
            for row in rows { try output.write(csv.row(cells(row, text) + ["true"])) }
        case .html:
            try render(
                HTMLReportWriter(
                    output: output, language: options.language, exercise: text.registerMarking),
                text, options)
        case .markdown:
            try render(MarkdownReportWriter(output: output), text, options)
        }
        try output.commit()
    }

    private func render(_ writer: some ReportWriter, _ text: ReportText, _ options: ExportOptions)
        throws(ReportError)
    {
        try writer.begin(title: text.registerTitle)
        try writer.exerciseMarking(text.registerMarking, newPage: false)
        try writer.facts([(text.lastDrill, lastDrill ?? text.noDrill)])
        if yearWithoutDrill { try writer.paragraph(text.yearWithoutDrill, tone: .alert) }
        for problem in skipped { try writer.paragraph(problem, tone: .caution) }
        var years: [String] = []
        for row in rows where years.last != row.year { years.append(row.year) }
        for (index, year) in years.enumerated() {
            if index > 0 { try writer.exerciseMarking(text.registerMarking, newPage: true) }
            try writer.heading(year, level: 2)
            try writer.beginTable(text.registerColumns)
            for row in rows where row.year == year {
                let tone: ReportTone =
                    !row.verified || row.improvementsOverdue > 0 ? .alert : .normal
                try writer.tableRow(cells(row, text), tone: tone)
            }
            try writer.endTable()
        }
        try writer.end(footer: text.generated(options.generatedAt))
    }

    private func cells(_ row: Row, _ text: ReportText) -> [String] {
        [
            row.date, row.type, row.scenario, row.team, row.bcpItems, row.participants,
            row.expectationsMet,
            String(row.improvementsOpen), String(row.improvementsClosed),
            String(row.improvementsOverdue),
            row.verified ? text.yes : text.no, row.file,
        ]
    }

    private static func row(_ drill: DrillAnalysis, today: String) -> Row {
        let date = drill.date
        var participants =
            drill.roles.isEmpty ? [] : ["roles: " + drill.roles.joined(separator: ", ")]
        if !drill.players.isEmpty {
            participants.append("players: " + drill.players.joined(separator: ", "))
        }
        if !drill.facilitators.isEmpty {
            participants.append("facilitator: " + drill.facilitators.joined(separator: ", "))
        }
        let closed = drill.improvements.filter(\.isClosed).count
        return Row(
            date: date, year: String(date.prefix(4)), type: drill.type ?? "",
            scenario: "\(drill.scenario) v\(drill.scenarioVersion)",
            team: drill.team ?? "", bcpItems: drill.exercises.joined(separator: ", "),
            participants: participants.joined(separator: "; "),
            expectationsMet: drill.ended
                ? "\(drill.expectationsMet)/\(drill.expectations.count)" : "—",
            improvementsOpen: drill.improvements.count - closed, improvementsClosed: closed,
            improvementsOverdue: drill.improvements.filter { $0.isOverdue(today: today) }.count,
            verified: drill.verifies, file: drill.source.fileName)
    }
}

/// The formats of the drill register.
public enum RegisterFormat: String, Sendable, CaseIterable {
    case html
    case csv
    case markdown = "md"
}
