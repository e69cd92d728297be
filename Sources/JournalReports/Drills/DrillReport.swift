import DocumentMarkup

/// The after-action report and improvement plan of one or more drill journals
/// (docs/after-action.md "The report (AAR/IP)"): each drill on its own pages, each page marked
/// as an exercise.
public struct DrillReport {
    /// Each drill, in the order given.
    public let drills: [DrillAnalysis]
    /// Today, `YYYY-MM-DD`: what makes an open improvement item overdue.
    public let today: String

    /// Reads each source once; refuses any journal that is not a drill's.
    public init(sources: [JournalSource], today: String) throws(ReportError) {
        var drills: [DrillAnalysis] = []
        for source in sources { drills.append(try DrillAnalysis.analyse(source)) }
        self.drills = drills
        self.today = today
    }

    /// Writes the report as `format` to `output` and commits it.
    public func write(_ format: DocumentFormat, options: ExportOptions, to output: ReportOutput)
        throws(ReportError)
    {
        let text = ReportText(language: options.language)
        switch format {
        case .markdown:
            try render(
                MarkdownReportWriter(output: output), text: text, footer: options.generatedAt)
        case .html:
            let writer = HTMLReportWriter(
                output: output, language: options.language, exercise: text.exerciseMarking)
            try render(writer, text: text, footer: options.generatedAt)
        }
        try output.commit()
    }

    private func render(_ writer: some ReportWriter, text: ReportText, footer: String)
        throws(ReportError)
    {
        try writer.begin(title: text.drillReportTitle)
        for (index, drill) in drills.enumerated() {
            try writer.exerciseMarking(text.exerciseMarking, newPage: index > 0)
            try section(drill, writer, text)
        }
        try writer.end(footer: text.generated(footer))
    }

    private func section(_ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText)
        throws(ReportError)
    {
        try writer.heading(
            "\(drill.scenario) v\(drill.scenarioVersion) — \(drill.source.fileName)", level: 2)
        if drill.unprovenRecords > 0 {
            try writer.paragraph(text.unproven(drill.unprovenRecords), tone: .alert)
        }
        if let real = drill.realWorldJournal {
            try writer.paragraph(text.abortedForReal(real), tone: .alert)
        }
        if !drill.ended { try writer.paragraph(text.notEnded, tone: .caution) }
        try overview(drill, writer, text)
        try expectations(drill, writer, text)
        try writer.heading(text.drillTimeline, level: 3)
        try writer.chart(drill.review.chart, text: text)
        try writer.beginTable([text.drillClock, text.kind, text.what])
        for moment in drill.moments {
            try writer.tableRow(
                [text.duration(moment.drillSeconds), moment.kind, moment.label], tone: .normal)
        }
        try writer.endTable()
        try deviations(drill, writer, text)
        try decisions(drill, writer, text)
        try observations(drill, writer, text)
        try hotWash(drill, writer, text)
        try improvements(drill, writer, text)
        try ReportSections.verdicts([drill.source], writer: writer, text: text)
    }

    private func overview(_ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText)
        throws(ReportError)
    {
        try writer.heading(text.overview, level: 3)
        func listed(_ values: [String]) -> String {
            values.isEmpty ? text.notRecorded : values.joined(separator: ", ")
        }
        try writer.facts([
            (text.scenario, "\(drill.scenario) (v\(drill.scenarioVersion))"),
            (
                text.runbook,
                [drill.runbook, drill.runbookVersion.map { "v" + $0 }].compactMap { $0 }.joined(
                    separator: " ")
            ),
            (text.drillType, drill.type ?? text.notRecorded),
            (text.date, drill.startedAt?.readableText ?? text.notRecorded),
            (text.team, drill.team ?? text.notRecorded),
            (text.roles, listed(drill.roles)),
            (text.facilitator, listed(drill.facilitators)),
            (text.players, listed(drill.players)),
            (text.bcpItems, listed(drill.exercises)),
        ])
        if let story = drill.story { try writer.paragraph(story, tone: .normal) }
    }

    private func expectations(
        _ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText
    ) throws(ReportError) {
        try writer.heading(text.expectationsTitle, level: 3)
        guard !drill.expectations.isEmpty else {
            return try writer.paragraph(text.none, tone: .normal)
        }
        try writer.beginTable([
            text.milestone, text.target, text.actual, text.result, text.required,
        ])
        for expectation in drill.expectations {
            let tone: ReportTone =
                expectation.result == "met" ? .good : (expectation.required ? .alert : .caution)
            try writer.tableRow(
                [
                    expectation.milestone, expectation.targetSeconds.map(text.duration) ?? "",
                    expectation.reachedSeconds.map(text.duration) ?? text.notReached,
                    text.expectationResult(expectation.result),
                    expectation.required ? text.yes : text.no,
                ], tone: tone)
        }
        try writer.endTable()
    }

    private func deviations(_ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText)
        throws(ReportError)
    {
        try writer.heading(text.deviations, level: 3)
        let found = drill.review.deviations
        guard !found.isEmpty || !drill.contingencyInjects.isEmpty else {
            return try writer.paragraph(text.none, tone: .good)
        }
        try writer.beginTable([text.time, "seq", text.actor, text.kind, text.step, text.reason])
        for deviation in found {
            let reference = deviation.reference
            try writer.tableRow(
                [
                    reference.localTime.readableText, String(reference.seq), reference.actor,
                    text.deviationName(deviation.kind),
                    reference.step ?? "", deviation.reason ?? "",
                ],
                tone: deviation.kind == .checkFailed || deviation.kind == .aborted
                    ? .alert : .caution)
        }
        for inject in drill.contingencyInjects {
            try writer.tableRow(
                [
                    "\(text.drillClock) \(text.duration(inject.drillSeconds))", "", "",
                    text.contingencyInject, "", inject.label,
                ],
                tone: .caution)
        }
        try writer.endTable()
    }

    private func decisions(_ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText)
        throws(ReportError)
    {
        guard !drill.decisions.isEmpty else { return }
        try writer.heading(text.decisionsTitle, level: 3)
        try writer.beginTable([text.step, text.decision, text.rationale, text.decidedBy])
        for decision in drill.decisions {
            try writer.tableRow(
                [decision.step, decision.decision, decision.rationale, decision.decidedBy],
                tone: .normal)
        }
        try writer.endTable()
    }

    private func observations(
        _ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText
    ) throws(ReportError) {
        try writer.heading(text.observationsTitle, level: 3)
        guard !drill.observations.isEmpty else {
            return try writer.paragraph(text.none, tone: .normal)
        }
        try writer.beginTable([text.milestone, text.step, text.rating, text.what, text.actor])
        for observation in drill.observations {
            try writer.tableRow(
                [
                    observation.milestone ?? "", observation.step ?? "", observation.rating ?? "",
                    observation.text, observation.by,
                ], tone: .normal)
        }
        try writer.endTable()
    }

    private func hotWash(_ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText)
        throws(ReportError)
    {
        try writer.heading(text.hotWashTitle, level: 3)
        guard !drill.hotWash.isEmpty else { return try writer.paragraph(text.none, tone: .normal) }
        try writer.beginTable([text.question, text.answer])
        for answer in drill.hotWash {
            try writer.tableRow(
                [
                    text.hotWashQuestion(number: answer.question + 1, text: answer.text),
                    answer.answer,
                ], tone: .normal)
        }
        try writer.endTable()
    }

    private func improvements(
        _ drill: DrillAnalysis, _ writer: some ReportWriter, _ text: ReportText
    ) throws(ReportError) {
        try writer.heading(text.improvementPlan, level: 3)
        guard !drill.improvements.isEmpty else {
            return try writer.paragraph(text.none, tone: .normal)
        }
        try writer.beginTable([
            text.item, text.finding, text.action, text.owner, text.due, text.category, text.step,
            text.status,
        ])
        for item in drill.improvements {
            let details = item.details
            let step = [details.runbook, details.step].compactMap { $0 }.joined(separator: " / ")
            let tone: ReportTone =
                item.isClosed ? .good : (item.isOverdue(today: today) ? .alert : .normal)
            try writer.tableRow(
                [
                    item.item, details.finding, details.action, details.owner, details.due,
                    details.category, step,
                    text.improvementStatus(item, today: today),
                ], tone: tone)
        }
        try writer.endTable()
    }
}
