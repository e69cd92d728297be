/// Writes one or more journals as one timeline in any `ExportFormat`.
public enum TimelineExport {
    /// Writes `sources`, merged in timeline order, as `format` to `output`, then commits
    /// it. Row formats stream: one record in memory per journal. Journals that do not
    /// verify are written all the same, their verdict at the top.
    public static func write(
        _ sources: [JournalSource], format: ExportFormat, options: ExportOptions,
        to output: ReportOutput
    ) throws(ReportError) -> ExportSummary {
        let summary: ExportSummary
        let marksDrills = DrillMarking.isNeeded(sources)
        switch format {
        case .markdown, .html:
            summary = try TimelineReport(sources: sources, options: options).write(
                html: format == .html, to: output)
        case .text:
            let exporter = PlainTimelineExporter(
                language: options.language, isOneJournal: sources.count == 1)
            summary = try writeRows(sources, exporter: exporter, to: output)
        case .csv:
            summary = try writeRows(
                sources, exporter: CSVExporter(csv: options.csv, preamble: options.byteOrderMark),
                to: output)
        case .jsonl:
            summary = try writeRows(sources, exporter: JSONLinesExporter(), to: output)
        case .timesketch:
            summary = try writeRows(
                sources, exporter: TimesketchJSONLinesExporter(tags: try ReviewTags(sources)),
                to: output)
        case .timesketchCSV:
            let exporter = TimesketchCSVExporter(csv: options.csv, preamble: options.byteOrderMark)
            summary = try writeRows(sources, exporter: exporter, to: output)
        case .l2tcsv:
            let exporter = L2TCSVExporter(
                csv: options.csv, preamble: options.byteOrderMark, marksDrills: marksDrills)
            summary = try writeRows(sources, exporter: exporter, to: output)
        }
        try output.commit()
        return summary
    }

    private static func writeRows(
        _ sources: [JournalSource], exporter: some DrillMarkedRows, to output: ReportOutput
    ) throws(ReportError) -> ExportSummary {
        let timeline = try MergedTimeline(sources: sources)
        let marksDrills = DrillMarking.isNeeded(sources)
        func mark(_ row: String, _ source: JournalSource) -> String {
            marksDrills ? exporter.marked(row, drill: DrillMarking.value(source)) : row
        }
        try output.write(bytes: exporter.preamble)
        if marksDrills, exporter.opensWithExerciseLine {
            try output.write(DrillMarking.exerciseLine + "\n")
        }
        if let header = exporter.header {
            try output.write(marksDrills ? exporter.markedHeader(header) : header)
        }
        for source in sources { try output.write(mark(exporter.verdictRow(source), source)) }
        var count = 0
        while let entry = try timeline.next() {
            try output.write(mark(exporter.row(entry), entry.source))
            count += 1
        }
        let unreadable = timeline.unreadableLines
        return ExportSummary(
            recordCount: count, unreadableLines: unreadable.kept,
            unreadableLineCount: unreadable.count)
    }
}
