import DocumentMarkup
import Notation

/// The IT lead's morning review pack (docs/review.md "3. The review pack").
///
/// In order: a one-page summary (per journal, then what needs attention); each journal's verdict and verification code; the timeline (in HTML with
/// its time chart); deviations; runs still pending; the call log; values and decisions
/// with who made them; evidence with SHA-256; the chain of custody; key durations; the reviewer's
/// notes; the sign-off; a signature block. The analysis
/// is one streaming pass; the timeline table is streamed again from the files.
public struct ReviewReport {
    /// The journals reviewed.
    public let sources: [JournalSource]
    /// What the review found in them.
    public let analysis: ReviewAnalysis
    /// Why a journal could not be signed just now (by path), for the summary.
    public let signingProblems: [String: String]

    /// Reads and analyses `sources` (one merged timeline); `signingProblems` says, by
    /// path, why a `--sign` asked for failed.
    public init(sources: [JournalSource], signingProblems: [String: String] = [:])
        throws(ReportError)
    {
        self.sources = sources
        self.signingProblems = signingProblems
        analysis = try ReviewAnalysis.analyse(sources)
    }

    /// Writes the pack as `format` to `output` and commits it.
    public func write(_ format: DocumentFormat, options: ExportOptions, to output: ReportOutput)
        throws(ReportError)
    {
        let text = ReportText(language: options.language)
        switch format {
        case .markdown:
            try render(MarkdownReportWriter(output: output), text: text, options: options)
        case .html:
            let header = text.runningHeader(
                hospital: options.hospitalName, journalIDs: sources.map(\.journalIdentifier))
            let writer = HTMLReportWriter(
                output: output, language: options.language, runningHeader: header)
            try render(writer, text: text, options: options)
        }
        try output.commit()
    }

    private func render(_ writer: some ReportWriter, text: ReportText, options: ExportOptions)
        throws(ReportError)
    {
        try writer.begin(title: text.reviewTitle(hospital: options.hospitalName))
        // A drill's journal in the pack: the exercise line comes before anything else
        // (docs/drill-scenario.md "Journal of a drill").
        if DrillMarking.isNeeded(sources) {
            try writer.paragraph(DrillMarking.exerciseLine, tone: .alert)
        }
        try summary(writer, text)
        try ReportSections.verdicts(sources, writer: writer, text: text)
        if analysis.unprovenRecordCount > 0 {
            try writer.paragraph(text.unprovenLeftOut(analysis.unprovenRecordCount), tone: .alert)
        }
        try writer.heading(text.timeline, level: 2)
        try writer.chart(analysis.chart, text: text)
        _ = try ReportSections.timeline(sources, writer: writer, text: text)
        try deviations(writer, text)
        try pending(writer, text)
        try calls(writer, text)
        try values(writer, text)
        try evidence(writer, text)
        try custody(writer, text)
        try durations(writer, text)
        try reviewerNotes(writer, text)
        try signOff(writer, text)
        try writer.signatureBlock(title: text.signatureTitle, lines: text.signatureLines)
        try ReportSections.unreadable(
            analysis.unreadableLines, count: analysis.unreadableLineCount, writer: writer,
            text: text)
        try writer.end(footer: text.generated(options.generatedAt))
    }

    private func cite(_ reference: RecordReference) -> [String] {
        var cells = [reference.localTime.readableText]
        if sources.count > 1 { cells.append(String(reference.journalIndex + 1)) }
        cells.append(String(reference.seq))
        return cells
    }

    private func citeColumns(_ text: ReportText) -> [String] {
        sources.count > 1 ? [text.time, text.journal, "seq"] : [text.time, "seq"]
    }

    private func deviations(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.deviations, level: 2)
        guard !analysis.deviations.isEmpty else {
            return try writer.paragraph(text.none, tone: .good)
        }
        try writer.beginTable(citeColumns(text) + [text.actor, text.kind, text.step, text.reason])
        for deviation in analysis.deviations {
            let reference = deviation.reference
            let tone: ReportTone =
                deviation.kind == .checkFailed || deviation.kind == .aborted ? .alert : .caution
            try writer.tableRow(
                cite(reference) + [
                    reference.actor, text.deviationName(deviation.kind), reference.step ?? "",
                    deviation.reason ?? "",
                ],
                tone: tone)
        }
        try writer.endTable()
    }

    private func pending(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.pending, level: 2)
        let open = analysis.pendingRuns
        guard !open.isEmpty else { return try writer.paragraph(text.none, tone: .good) }
        try writer.beginTable([
            text.journal, text.runbook, text.started, text.lastRecord, text.step, text.state,
        ])
        for run in open {
            let source = sources[run.start.journalIndex]
            try writer.tableRow(
                [
                    "\(source.index + 1) · \(source.fileName)", run.runbookID,
                    run.start.localTime.readableText,
                    "\(run.lastRecord.localTime.readableText) \(text.kindName(run.lastRecord.kind)) (seq \(run.lastRecord.seq))",
                    run.lastRecord.step ?? "", text.runState(run),
                ], tone: .caution)
        }
        try writer.endTable()
    }

    private func calls(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.calls, level: 2)
        guard !analysis.calls.isEmpty else {
            return try writer.paragraph(text.none, tone: .caution)
        }
        var facts: [(String, String)] = []
        if let seconds = analysis.durations.seconds(to: analysis.durations.firstCall) {
            facts.append((text.toFirstCall, text.duration(seconds)))
        }
        facts.append(
            (
                text.toFirstReached,
                analysis.durations.seconds(to: analysis.durations.firstReached).map(text.duration)
                    ?? text.notReached
            ))
        try writer.facts(facts)
        try writer.beginTable(
            citeColumns(text) + [text.actor, text.contact, text.result, text.note])
        for call in analysis.calls {
            try writer.tableRow(
                cite(call.reference) + [
                    call.reference.actor, call.contact, text.callResult(call.result),
                    call.note ?? "",
                ],
                tone: call.result == "reached" ? .normal : .caution)
        }
        try writer.endTable()
    }

    private func values(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.values, level: 2)
        guard !analysis.values.isEmpty else {
            return try writer.paragraph(text.none, tone: .normal)
        }
        try writer.beginTable(
            citeColumns(text) + [text.actor, text.field, text.value, text.message])
        for value in analysis.values {
            let field = value.isDecision ? "\(value.field) (\(text.decision))" : value.field
            try writer.tableRow(
                cite(value.reference) + [
                    value.reference.actor, field, value.value, value.reference.message,
                ], tone: .normal)
        }
        try writer.endTable()
    }

    private func evidence(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.evidence, level: 2)
        guard !analysis.evidence.isEmpty else {
            return try writer.paragraph(text.none, tone: .normal)
        }
        try writer.beginTable(citeColumns(text) + [text.actor, "SHA-256", text.details])
        for item in analysis.evidence {
            try writer.tableRow(
                cite(item.reference) + [
                    item.reference.actor, item.sha256 ?? "", item.details.joined(separator: "; "),
                ],
                tone: item.sha256 == nil ? .caution : .normal)
        }
        try writer.endTable()
    }

    private func durations(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.durations, level: 2)
        let durations = analysis.durations
        let overall = durations.overall
        guard let origin = overall.originMicroseconds, let originReference = overall.originReference
        else {
            return try writer.paragraph(text.notReached, tone: .caution)
        }
        let offset = originReference.localTime.offset
        func local(_ microseconds: Int64) -> String {
            CivilTime(microseconds: microseconds, offset: offset).readableText
        }
        func line(_ label: String, _ moment: RecordReference?) -> (String, String) {
            guard let moment, let seconds = durations.seconds(to: moment) else {
                return (label, text.notReached)
            }
            return (
                label,
                "\(text.duration(seconds)) (\(moment.localTime.readableText), seq \(moment.seq))"
            )
        }
        var facts = [
            (overall.originIsNoticed ? text.originNoticed : text.originRunStarted, local(origin))
        ]
        for moment in overall.milestones where moment.milestone != KeyDurations.noticedMilestone {
            let seconds = overall.seconds(toMicroseconds: moment.wallMicroseconds) ?? 0
            facts.append(
                (
                    text.toMilestone(moment.label),
                    "\(text.duration(seconds)) (\(local(moment.wallMicroseconds)), seq \(moment.reference.seq))"
                ))
        }
        facts += [
            line(text.toFirstCall, durations.firstCall),
            line(text.toFirstReached, durations.firstReached),
            line(text.toHandover, durations.handover),
            line(text.toLastRecord, durations.lastRecord),
        ]
        try writer.facts(facts)
        if !durations.hasMilestones { try writer.paragraph(text.noMilestones, tone: .caution) }
        if sources.count > 1, durations.hasMilestones { try milestonesPerTerminal(writer, text) }
        try writer.paragraph(text.milestoneRule, tone: .normal)
    }

    /// Each journal's milestones from its own origin: the night as each terminal lived it.
    private func milestonesPerTerminal(_ writer: some ReportWriter, _ text: ReportText)
        throws(ReportError)
    {
        try writer.heading(text.perTerminal, level: 3)
        try writer.beginTable([text.file, text.milestone, text.at, text.fromOrigin])
        for source in sources {
            guard let moments = analysis.durations.perJournal[source.index] else { continue }
            for moment in moments.milestones {
                let seconds = moments.seconds(toMicroseconds: moment.wallMicroseconds)
                try writer.tableRow(
                    [
                        "\(source.index + 1) · \(source.fileName)", moment.label,
                        CivilTime(microseconds: moment.wallMicroseconds, offset: source.utcOffset)
                            .readableText,
                        seconds.map(text.duration) ?? text.notReached,
                    ], tone: .normal)
            }
        }
        try writer.endTable()
    }

    private func signOff(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.signOff, level: 2)
        guard !analysis.signOffs.isEmpty else {
            return try writer.paragraph(text.notSigned, tone: .caution)
        }
        try writer.beginTable(citeColumns(text) + [text.reviewer, text.comment])
        for signOff in analysis.signOffs {
            try writer.tableRow(
                cite(signOff.reference) + [signOff.reviewer, signOff.comment], tone: .good)
        }
        try writer.endTable()
    }
}
