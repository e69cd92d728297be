/// The md / html export: verdicts, (in HTML) the time chart, then the whole timeline.
///
/// Markdown is written in one streaming pass. HTML first reads the journals once for the
/// chart's marks (bounded, see `TimeChart`), then streams the table in a second pass.
struct TimelineReport {
    let sources: [JournalSource]
    let options: ExportOptions

    func write(html: Bool, to output: ReportOutput) throws(ReportError) -> ExportSummary {
        let text = ReportText(language: options.language)
        if html {
            return try render(
                HTMLReportWriter(output: output, language: options.language), chart: try chart(),
                text: text)
        }
        return try render(MarkdownReportWriter(output: output), chart: nil, text: text)
    }

    private func render(_ writer: some ReportWriter, chart: TimeChart?, text: ReportText)
        throws(ReportError) -> ExportSummary
    {
        try writer.begin(title: text.timelineReportTitle)
        if DrillMarking.isNeeded(sources) {
            try writer.paragraph(DrillMarking.exerciseLine, tone: .alert)
        }
        try ReportSections.verdicts(sources, writer: writer, text: text)
        if let chart {
            try writer.heading(text.timeChart, level: 2)
            try writer.chart(chart, text: text)
        }
        try writer.heading(text.timeline, level: 2)
        let summary = try ReportSections.timeline(sources, writer: writer, text: text)
        try ReportSections.unreadable(
            summary.unreadableLines, count: summary.unreadableLineCount, writer: writer, text: text)
        try writer.end(footer: text.generated(options.generatedAt))
        return summary
    }

    private func chart() throws(ReportError) -> TimeChart {
        let timeline = try MergedTimeline(sources: sources)
        var chart = TimeChart(sources: sources)
        while let entry = try timeline.next() { chart.add(entry) }
        return chart
    }
}
