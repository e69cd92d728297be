import DocumentMarkup

/// Writes a document as Markdown (GitHub style tables).
final class MarkdownReportWriter: ReportWriter {
    private let output: ReportOutput

    init(output: ReportOutput) {
        self.output = output
    }

    func begin(title: String) throws(ReportError) {
        try output.write("# \(MarkdownEscaping.escape(title))\n\n")
    }

    func heading(_ text: String, level: Int) throws(ReportError) {
        try output.write(
            String(repeating: "#", count: max(1, min(level, 6))) + " "
                + MarkdownEscaping.escape(text) + "\n\n")
    }

    func paragraph(_ text: String, tone: ReportTone) throws(ReportError) {
        let escaped = MarkdownEscaping.escape(text)
        switch tone {
        case .normal: try output.write(escaped + "\n\n")
        case .good: try output.write("**✓ \(escaped)**\n\n")
        case .caution: try output.write("> **⚠** \(escaped)\n\n")
        case .alert: try output.write("> **✗ \(escaped)**\n\n")
        }
    }

    func preformatted(_ lines: [String]) throws(ReportError) {
        // Indented code: no fence that a line of journal text could close.
        let indented = lines.map { "    " + String($0.map { $0.isNewline ? " " : $0 }) }
        try output.write(indented.joined(separator: "\n") + "\n\n")
    }

    func facts(_ pairs: [(String, String)]) throws(ReportError) {
        for (label, value) in pairs {
            try output.write(
                "- **\(MarkdownEscaping.escape(label))**: \(MarkdownEscaping.escape(value))\n")
        }
        try output.write("\n")
    }

    func beginTable(_ columns: [String]) throws(ReportError) {
        try output.write(
            "| " + columns.map(MarkdownEscaping.escape).joined(separator: " | ") + " |\n")
        try output.write("|" + String(repeating: " --- |", count: columns.count) + "\n")
    }

    func tableRow(_ cells: [String], tone: ReportTone) throws(ReportError) {
        // A table cell holds inline text only: a block marker at its start ("1. …", "- …")
        // opens nothing there, so it is not escaped.
        var escaped = cells.map(MarkdownEscaping.escapeInline)
        if !escaped.isEmpty {
            switch tone {
            case .normal, .good: break
            case .caution: escaped[0] = "⚠ " + escaped[0]
            case .alert: escaped[0] = "✗ " + escaped[0]
            }
        }
        try output.write("| " + escaped.joined(separator: " | ") + " |\n")
    }

    func endTable() throws(ReportError) {
        try output.write("\n")
    }

    func chart(_ chart: TimeChart, text: ReportText) throws(ReportError) {
        // A chart drawn in text would mislead more than help; only the HTML report draws it.
    }

    func signatureBlock(title: String, lines: [String]) throws(ReportError) {
        try heading(title, level: 2)
        for label in lines {
            try output.write(
                "- **\(MarkdownEscaping.escape(label))**: ____________________________\n")
        }
        try output.write("\n")
    }

    func exerciseMarking(_ text: String, newPage: Bool) throws(ReportError) {
        try output.write((newPage ? "---\n\n" : "") + "**【\(MarkdownEscaping.escape(text))】**\n\n")
    }

    func end(footer: String) throws(ReportError) {
        try output.write("---\n\n" + MarkdownEscaping.escape(footer) + "\n")
    }
}
