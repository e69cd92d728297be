import ActionJournal
import JournalVocabulary

/// The parts the timeline report and the review pack share: verdicts first, the timeline
/// streamed, unreadable lines last.
enum ReportSections {
    /// Every source's verdict (OK or the first bad line), its verifier lines with the
    /// verification code, and the facts of its `journal.open`.
    static func verdicts(_ sources: [JournalSource], writer: some ReportWriter, text: ReportText)
        throws(ReportError)
    {
        try writer.heading(text.verification, level: 2)
        for source in sources {
            if sources.count > 1 {
                try writer.heading("\(source.index + 1). \(source.fileName)", level: 3)
            }
            try writer.paragraph(
                source.verdict.headline(text.language), tone: tone(of: source.verdict.level))
            if let code = source.verification.verificationCode {
                try writer.paragraph("\(text.lastLineCode) \(code)", tone: .normal)
            }
            try writer.paragraph(text.verifierOutput, tone: .normal)
            try writer.preformatted(source.verification.lines)
            try writer.facts(facts(source, text: text))
            if source.clockSynchronised == false {
                try writer.paragraph(text.unsynchronisedClock, tone: .caution)
            }
        }
    }

    /// Green only for what was proven; amber for what was not checked.
    static func tone(of level: VerificationVerdict.Level) -> ReportTone {
        switch level {
        case .proven: return .good
        case .partlyChecked: return .caution
        case .failed: return .alert
        }
    }

    /// Every entry of `sources` in timeline order as one table, read from the files as it
    /// is written; returns what was read.
    static func timeline(_ sources: [JournalSource], writer: some ReportWriter, text: ReportText)
        throws(ReportError) -> ExportSummary
    {
        let timeline = try MergedTimeline(sources: sources)
        let several = sources.count > 1
        var columns = [text.time]
        if several { columns.append(text.journal) }
        columns += ["seq", text.actor, text.kind, text.step, text.message, text.hash]
        try writer.beginTable(columns)
        var count = 0
        while let entry = try timeline.next() {
            let record = entry.record
            var cells = [(entry.isUnproven ? text.unprovenMark : "") + entry.localTime.readableText]
            if several {
                cells.append("\(entry.source.index + 1) · \(entry.source.shortIdentifier)")
            }
            cells += [
                String(record.seq), record.actor, text.kindName(record.kind),
                entry.text(.step) ?? "", record.message,
                String(record.recordHash.prefix(16)),
            ]
            try writer.tableRow(cells, tone: tone(of: entry))
            count += 1
        }
        try writer.endTable()
        let unreadable = timeline.unreadableLines
        return ExportSummary(
            recordCount: count, unreadableLines: unreadable.kept,
            unreadableLineCount: unreadable.count)
    }

    /// The lines that could not be read, when there were any.
    static func unreadable(
        _ lines: [UnreadableLine], count: Int, writer: some ReportWriter, text: ReportText
    ) throws(ReportError) {
        guard count > 0 else { return }
        try writer.heading(text.unreadableLines, level: 2)
        try writer.beginTable([text.file, text.line, text.reason])
        for line in lines {
            try writer.tableRow([line.path, String(line.line), line.reason], tone: .alert)
        }
        if count > lines.count {
            try writer.tableRow(["", "", text.moreUnreadable(count - lines.count)], tone: .alert)
        }
        try writer.endTable()
    }

    /// How a timeline row is marked: failures and aborts alert, other deviations caution.
    static func tone(of entry: TimelineEntry) -> ReportTone {
        if entry.isUnproven { return .alert }
        switch entry.record.recordKind {
        case .checkFailed: return .alert
        case .runEnded: return entry.record.string(.outcome) == "aborted" ? .alert : .normal
        case .stepSkipped, .stepUnable, .stepBack, .journalRecovered, .clockStepped: return .caution
        case .waitEnded: return entry.record.bool(.early) == true ? .caution : .normal
        default: return .normal
        }
    }

    private static func facts(_ source: JournalSource, text: ReportText) -> [(String, String)] {
        func flag(_ value: Bool?) -> String {
            value.map { $0 ? text.yes : text.no } ?? text.unknown
        }
        let zone =
            source.unreadableTimeZone.map { "\($0) (\(text.badTimeZone))" }
            ?? source.utcOffset.description
        return [
            (text.file, source.path),
            (
                text.journalID,
                source.journalIdentifier.isEmpty ? text.unknown : source.journalIdentifier
            ),
            (text.host, source.host ?? text.unknown), (text.timeZone, zone),
            (text.program, source.program ?? text.unknown),
            (text.seal, source.verdict.claims(text.language)[2]),
            (text.drill, flag(source.isDrill)), (text.clockSync, flag(source.clockSynchronised)),
        ]
    }
}
