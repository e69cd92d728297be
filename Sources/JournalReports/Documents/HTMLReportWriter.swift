import DocumentMarkup
import Localization

/// Writes a document as one self-contained HTML file (XHTML-style, so it is also
/// well-formed XML): inline CSS and SVG, no scripts, nothing fetched.
final class HTMLReportWriter: ReportWriter {
    private let output: ReportOutput
    private let language: Language
    /// Printed at the top of every page (CSS paged media), when given.
    private let runningHeader: String?
    /// A drill's marking, printed at the top of every page, when given.
    private let exercise: String?

    init(
        output: ReportOutput, language: Language, runningHeader: String? = nil,
        exercise: String? = nil
    ) {
        self.output = output
        self.language = language
        self.runningHeader = runningHeader
        self.exercise = exercise
    }

    func begin(title: String) throws(ReportError) {
        let escaped = HTMLEscaping.escape(title)
        try output.write(
            """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escaped)</title>
            <style>
            \(HTMLStyleSheet.css)\(runningHeader.map { HTMLStyleSheet.reviewPrintRules(runningHeader: $0) } ?? "")\(exercise.map { HTMLStyleSheet.exercisePrintRules(marking: $0) } ?? "")
            </style>
            </head>
            <body>
            <h1>\(escaped)</h1>

            """)
    }

    func heading(_ text: String, level: Int) throws(ReportError) {
        let tag = "h\(max(1, min(level, 6)))"
        try output.write("<\(tag)>\(HTMLEscaping.escape(text))</\(tag)>\n")
    }

    func paragraph(_ text: String, tone: ReportTone) throws(ReportError) {
        let escaped = HTMLEscaping.escapeMarkingCode(text)
        switch tone {
        case .normal: try output.write("<p>\(escaped)</p>\n")
        case .good: try output.write("<p class=\"good\">✓ \(escaped)</p>\n")
        case .caution: try output.write("<p class=\"caution\">⚠ \(escaped)</p>\n")
        case .alert: try output.write("<p class=\"alert\">✗ \(escaped)</p>\n")
        }
    }

    func preformatted(_ lines: [String]) throws(ReportError) {
        try output.write(
            "<pre>" + lines.map(HTMLEscaping.escape).joined(separator: "\n") + "</pre>\n")
    }

    func facts(_ pairs: [(String, String)]) throws(ReportError) {
        var html = "<dl>\n"
        for (label, value) in pairs {
            html += "<dt>\(HTMLEscaping.escape(label))</dt><dd>\(HTMLEscaping.escape(value))</dd>\n"
        }
        try output.write(html + "</dl>\n")
    }

    func beginTable(_ columns: [String]) throws(ReportError) {
        let headings = columns.map { "<th>\(HTMLEscaping.escape($0))</th>" }.joined()
        try output.write("<table>\n<thead><tr>\(headings)</tr></thead>\n<tbody>\n")
    }

    func tableRow(_ cells: [String], tone: ReportTone) throws(ReportError) {
        let style: String
        switch tone {
        case .normal: style = ""
        case .good: style = " class=\"good\""
        case .caution: style = " class=\"caution\""
        case .alert: style = " class=\"alert\""
        }
        try output.write(
            "<tr\(style)>" + cells.map { "<td>\(HTMLEscaping.escape($0))</td>" }.joined()
                + "</tr>\n")
    }

    func endTable() throws(ReportError) {
        try output.write("</tbody>\n</table>\n")
    }

    func chart(_ chart: TimeChart, text: ReportText) throws(ReportError) {
        try output.write(TimeChartSVG(chart: chart, text: text).render())
    }

    func signatureBlock(title: String, lines: [String]) throws(ReportError) {
        var html = "<section class=\"signature\">\n"
        html += "<h2>\(HTMLEscaping.escape(title))</h2>\n<table class=\"signature\">\n<tbody>\n"
        for label in lines { html += "<tr><th>\(HTMLEscaping.escape(label))</th><td></td></tr>\n" }
        try output.write(html + "</tbody>\n</table>\n</section>\n")
    }

    /// An inline SVG element, written as it is (built by the report with escaped text).
    func svg(_ markup: String) throws(ReportError) {
        try output.write(markup)
    }

    func exerciseMarking(_ text: String, newPage: Bool) throws(ReportError) {
        try output.write(
            "<div class=\"exercise-page\(newPage ? " next" : "")\">\(HTMLEscaping.escape(text))</div>\n"
        )
    }

    func end(footer: String) throws(ReportError) {
        try output.write(
            "<footer><p>\(HTMLEscaping.escape(footer))</p></footer>\n</body>\n</html>\n")
    }
}
