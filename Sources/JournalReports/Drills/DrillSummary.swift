import ActionJournal
import Localization

/// A drill's after-action report in a few lines, for the terminal: what the journal browser
/// shows of a drill journal (docs/after-action.md). It is gathered by the same `DrillAnalysis`
/// as `shodo drill report`, so the two cannot disagree, and ends with the command line that
/// writes the full report.
public struct DrillSummary: Sendable, Hashable {
    /// One line of the summary and how it should stand out.
    public struct Line: Sendable, Hashable {
        public var text: String
        public var tone: ReportTone
        /// Whether it belongs under the line before it (shown indented).
        public var isDetail: Bool
    }

    /// One hot-wash answer with its question.
    public struct HotWashAnswer: Sendable, Hashable {
        /// 1, 2…
        public var number: Int64
        /// The question as it was asked; `nil` when the journal does not hold it.
        public var question: String?
        public var answer: String
    }

    public let scenario: String
    public let type: String?
    /// When `drill.started` was recorded, as a person reads it.
    public let date: String?
    public let team: String?
    /// Each expectation as `drill.ended` judged it, in its order.
    public let expectations: [DrillAnalysis.Expectation]
    /// How many deviations of each kind, in the order of `DeviationKind`; kinds with none left out.
    public let deviations: [DeviationCount]
    /// Contingency injects that fired (the report lists them among the deviations).
    public let contingencyInjects: Int
    public let hotWash: [HotWashAnswer]
    public let improvementsOpen: Int
    public let improvementsClosed: Int
    public let improvementsOverdue: Int
    /// Whether `drill.ended` was recorded.
    public let ended: Bool
    /// The real journal opened when the drill was stopped for a real incident.
    public let realWorldJournal: String?
    /// Records left out because they do not verify.
    public let unprovenRecords: Int
    /// `shodo drill report …` for the full report of this journal.
    public let reportCommand: String

    /// How many deviations of one kind.
    public struct DeviationCount: Sendable, Hashable {
        public var kind: DeviationKind
        public var count: Int
    }

    /// The summary of `drill` (read with `DrillAnalysis.analyse`, which gathers the deviations);
    /// `today` (`YYYY-MM-DD`) judges which open improvement items are overdue.
    public init(_ drill: DrillAnalysis, today: String) {
        scenario = "\(drill.scenario) (v\(drill.scenarioVersion))"
        type = drill.type
        date = drill.startedAt?.readableText
        team = drill.team
        expectations = drill.expectations
        let found = drill.review.deviations.map(\.kind)
        deviations = DeviationKind.allCases.compactMap { kind in
            let count = found.filter { $0 == kind }.count
            return count == 0 ? nil : DeviationCount(kind: kind, count: count)
        }
        contingencyInjects = drill.contingencyInjects.count
        hotWash = drill.hotWash.map {
            HotWashAnswer(number: $0.question + 1, question: $0.text, answer: $0.answer)
        }
        improvementsClosed = drill.improvements.filter(\.isClosed).count
        improvementsOpen = drill.improvements.count - improvementsClosed
        improvementsOverdue = drill.improvements.filter { $0.isOverdue(today: today) }.count
        ended = drill.ended
        realWorldJournal = drill.realWorldJournal
        unprovenRecords = drill.unprovenRecords
        let base =
            drill.source.fileName.hasSuffix(".jsonl")
            ? String(drill.source.fileName.dropLast(6)) : drill.source.fileName
        reportCommand =
            "shodo drill report \(Self.shellWord(drill.source.path)) -o \(Self.shellWord(base + "-aar.html"))"
    }

    /// Reads and verifies the drill journal at `path` as `shodo drill report` does; refuses a real journal.
    public static func read(path: String, today: String) throws(ReportError) -> DrillSummary {
        DrillSummary(
            try DrillAnalysis.analyse(try JournalSource(path: path, index: 0)), today: today)
    }

    /// The summary as lines, labelled in `language` with the after-action report's words.
    public func lines(_ language: Language) -> [Line] {
        let text = ReportText(language: language)
        var lines: [Line] = []
        func add(_ line: String, _ tone: ReportTone = .normal, detail: Bool = false) {
            lines.append(Line(text: line, tone: tone, isDetail: detail))
        }
        if unprovenRecords > 0 { add(text.unproven(unprovenRecords), .alert) }
        if let realWorldJournal { add(text.abortedForReal(realWorldJournal), .alert) }
        if !ended { add(text.notEnded, .caution) }
        add("\(text.scenario): \(scenario)")
        add("\(text.drillType): \(type ?? text.notRecorded)")
        add("\(text.date): \(date ?? text.notRecorded)")
        add("\(text.team): \(team ?? text.notRecorded)")
        add(text.expectationsTitle)
        if expectations.isEmpty { add(text.none, detail: true) }
        for expectation in expectations {
            let tone: ReportTone =
                expectation.result == "met" ? .good : (expectation.required ? .alert : .caution)
            add(
                text.summaryExpectation(
                    milestone: expectation.milestone,
                    target: expectation.targetSeconds.map(text.duration) ?? "-",
                    actual: expectation.reachedSeconds.map(text.duration) ?? text.notReached,
                    result: text.expectationResult(expectation.result)), tone, detail: true)
        }
        var counted = deviations.map { "\(text.deviationName($0.kind)) \($0.count)" }
        if contingencyInjects > 0 {
            counted.append("\(text.contingencyInject) \(contingencyInjects)")
        }
        add(
            "\(text.deviations): "
                + (counted.isEmpty ? text.none : counted.joined(separator: text.listSeparator)),
            counted.isEmpty ? .good : .caution)
        add(text.summaryHotWash(count: hotWash.count))
        for answer in hotWash {
            add(
                "\(text.hotWashQuestion(number: answer.number, text: answer.question)) — \(answer.answer)",
                detail: true)
        }
        add(
            text.summaryImprovements(
                open: improvementsOpen, closed: improvementsClosed, overdue: improvementsOverdue),
            improvementsOverdue > 0 ? .alert : .normal)
        add(text.summaryFullReport)
        add(reportCommand, detail: true)
        return lines
    }

    /// `word` as one word of a POSIX shell command line: as it is when it holds only safe
    /// characters, else in single quotes.
    private static func shellWord(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || $0.properties.numericType != nil
                    || "/._-+:@,=".unicodeScalars.contains($0))
        }
        if safe, !word.isEmpty { return word }
        return "'" + word.map { $0 == "'" ? "'\\''" : String($0) }.joined() + "'"
    }
}
