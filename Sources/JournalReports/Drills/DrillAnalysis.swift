import ActionJournal
import JournalVocabulary
import Notation

/// What an after-action report shows of one drill journal, gathered in one streaming
/// pass (docs/drill-scenario.md "Journal of a drill").
///
/// Rows past the first line the verifier could not prove are left out of every figure
/// and list here; `unprovenRecords` counts them so the report can say so.
public struct DrillAnalysis: Sendable {
    /// One expectation as `drill.ended` lists it.
    public struct Expectation: Sendable, Hashable {
        public var milestone: String
        /// `met`, `missed` or `not-reached`.
        public var result: String
        public var targetSeconds: Int64?
        /// Drill-clock second the milestone was reached; `nil` when it never was.
        public var reachedSeconds: Int64?
        public var required: Bool
    }

    /// One improvement item (`improvement.recorded`, with its `improvement.closed` when there is one).
    public struct Improvement: Sendable {
        /// `I1`, `I2`…
        public var item: String
        /// What it says: finding, action, owner, due date, category, runbook step.
        public var details: DrillImprovements.Item
        public var closedNote: String?
        public var closedAt: String?

        public var isClosed: Bool { closedNote != nil }

        /// Whether the item is open and its due date is before `today` (`YYYY-MM-DD`, compared as text).
        public func isOverdue(today: String) -> Bool { !isClosed && details.due < today }
    }

    /// A drill-clock moment: an inject delivered, a step or a milestone.
    public struct Moment: Sendable, Hashable {
        public var drillSeconds: Int64
        public var kind: String
        public var label: String
    }

    public let source: JournalSource
    public private(set) var team: String?
    public private(set) var roles: [String] = []
    public private(set) var story: String?
    public private(set) var type: String?
    public private(set) var exercises: [String] = []
    public private(set) var facilitators: [String] = []
    public private(set) var players: [String] = []
    public private(set) var runbook: String?
    public private(set) var runbookVersion: String?
    /// Local date and time of `drill.started`.
    public private(set) var startedAt: CivilTime?
    public private(set) var expectations: [Expectation] = []
    /// Whether `drill.ended` was recorded (among the proven rows).
    public private(set) var ended = false
    /// `real_jid` of `drill.real-world`: the drill was stopped for a real incident.
    public private(set) var realWorldJournal: String?
    public private(set) var moments: [Moment] = []
    public private(set) var contingencyInjects: [Moment] = []
    public private(set) var decisions:
        [(step: String, decision: String, rationale: String, decidedBy: String)] = []
    public private(set) var observations:
        [(text: String, milestone: String?, step: String?, rating: String?, by: String)] = []
    /// Each hot-wash answer with its question: the index and the text as it was shown
    /// (`text`; `nil` in a journal written before the text was journaled).
    public private(set) var hotWash: [(question: Int64, text: String?, answer: String)] = []
    public private(set) var improvements: [Improvement] = []
    /// The run's findings (deviations, the time chart) from the same pass; empty when
    /// the journal was read for the register or the trends, which do not show them.
    public private(set) var review: ReviewAnalysis
    /// Whether `review` is gathered (the report) or left empty (register, trends).
    private let gathersRunFindings: Bool
    /// Records left out because they come at or after the first line that does not verify.
    public private(set) var unprovenRecords = 0
    private var clock = DrillClock()

    /// Refuses a journal that is not a drill's; otherwise reads it once.
    public static func analyse(_ source: JournalSource) throws(ReportError) -> DrillAnalysis {
        guard source.isDrill == true else { throw .notADrill(path: source.path) }
        let timeline = try MergedTimeline(sources: [source])
        var analysis = DrillAnalysis(source: source)
        while let entry = try timeline.next() { analysis.add(entry) }
        return analysis
    }

    /// Verifies and reads the journal at `path` in one pass over the file (the register
    /// and the trends read many journals): only records on lines that verified are kept,
    /// one journal at a time, and the run's findings (`review`) are not gathered.
    /// Refuses a journal that is not a drill's.
    public static func read(path: String, index: Int) throws(ReportError) -> DrillAnalysis {
        var records: [JournalRecord] = []
        let verification: VerificationReport
        do {
            verification = try JournalVerifier.verify(path: path) { records.append($0) }
        } catch {
            throw .journal(error)
        }
        let source = JournalSource(
            path: path, index: index, verification: verification, firstRecord: records.first)
        guard source.isDrill == true else { throw .notADrill(path: path) }
        var analysis = DrillAnalysis(source: source, gathersRunFindings: false)
        for record in records { analysis.add(TimelineEntry(record: record, source: source)) }
        return analysis
    }

    init(source: JournalSource, gathersRunFindings: Bool = true) {
        self.source = source
        self.gathersRunFindings = gathersRunFindings
        review = ReviewAnalysis(sources: [source])
    }

    /// `scenario` of `journal.open`.
    public var scenario: String { source.firstRecord?.string(.scenario) ?? "" }
    /// `scenario_version` of `journal.open`, as text.
    public var scenarioVersion: String {
        source.firstRecord?.value(.scenarioVersion).map(JSONText.display) ?? ""
    }
    /// The drill's local date, `YYYY-MM-DD`: of `drill.started`, else of the journal's first record.
    public var date: String {
        startedAt?.dateText ?? source.firstRecord.map {
            CivilTime(microseconds: $0.wallMicroseconds, offset: source.utcOffset).dateText
        } ?? ""
    }
    /// Whether the journal verifies: no line failed (the register's "verified").
    public var verifies: Bool { source.verification.firstError == nil }
    /// Expectations met among those listed.
    public var expectationsMet: Int { expectations.filter { $0.result == "met" }.count }

    mutating func add(_ entry: TimelineEntry) {
        let record = entry.record
        if let failure = source.verification.firstError, record.seq + 1 >= failure.line {
            unprovenRecords += 1
            return
        }
        if gathersRunFindings { review.add(entry) }
        clock.add(record)
        let at = clock.seconds(at: record.wallMicroseconds)
        switch record.recordKind {
        case .drillStarted:
            team = record.string(.team)
            roles = Self.strings(record.value(.roles))
            story = record.string(.story)
            type = record.string(.type)
            exercises = Self.strings(record.value(.exercises))
            startedAt = entry.localTime
            if let facilitator = record.string(.facilitator) {
                remember(facilitator, in: &facilitators)
            }
        case .runStarted:
            runbook = record.string(.runbook)
            runbookVersion = record.value(.runbookVersion).map(JSONText.display)
        case .injectDelivered:
            let inject = record.string(.inject) ?? ""
            let moment = Moment(
                drillSeconds: record.integer(.drillSeconds) ?? at, kind: "inject", label: inject)
            moments.append(moment)
            if record.string(.trigger) == "contingency" { contingencyInjects.append(moment) }
            if record.string(.trigger) == "manual" { remember(record.actor, in: &facilitators) }
        case .stepDone, .checkConfirmed, .choiceMade, .stepSkipped, .stepUnable, .checkFailed,
            .stepBack:
            moments.append(
                Moment(drillSeconds: at, kind: "step", label: record.string(.step) ?? ""))
            remember(record.actor, in: &players)
        case .milestoneReached:
            moments.append(
                Moment(drillSeconds: at, kind: "milestone", label: record.string(.milestone) ?? ""))
        case .observationRecorded:
            remember(record.actor, in: &facilitators)
            observations.append(
                (
                    record.string(.text) ?? "", record.string(.milestone), record.string(.step),
                    record.string(.rating),
                    record.actor
                ))
        case .decisionRecorded:
            decisions.append(
                (
                    record.string(.step) ?? "", record.string(.decision) ?? "",
                    record.string(.rationale) ?? "",
                    record.string(.decidedBy) ?? record.actor
                ))
        case .hotWashAnswered:
            hotWash.append(
                (record.integer(.question) ?? 0, record.string(.text), record.string(.answer) ?? "")
            )
        case .improvementRecorded:
            improvements.append(
                Improvement(
                    item: record.string(.item) ?? "",
                    details: DrillImprovements.Item(
                        finding: record.string(.finding) ?? "",
                        action: record.string(.action) ?? "",
                        owner: record.string(.owner) ?? "", due: record.string(.due) ?? "",
                        category: record.string(.category) ?? "", runbook: record.string(.runbook),
                        step: record.string(.step))))
        case .improvementClosed:
            let item = record.string(.item)
            if let index = improvements.firstIndex(where: { $0.item == item }) {
                improvements[index].closedNote = record.string(.note) ?? ""
                improvements[index].closedAt = entry.localTime.readableText
            }
        case .drillEnded:
            ended = true
            if case .array(let listed) = record.value(.expectations) {
                expectations = listed.compactMap(Self.expectation)
            }
        case .drillRealWorld:
            realWorldJournal = record.string(.realJID) ?? ""
        default:
            break
        }
    }

    private func remember(_ name: String, in list: inout [String]) {
        if !name.isEmpty, !list.contains(name) { list.append(name) }
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let values) = value else { return [] }
        return values.compactMap(\.stringValue)
    }

    private static func expectation(_ value: JSONValue) -> Expectation? {
        guard case .object(let members) = value else { return nil }
        func member(_ name: RecordMember) -> JSONValue? {
            members.first { $0.name == name.rawValue }?.value
        }
        guard let milestone = member(.milestone)?.stringValue else { return nil }
        return Expectation(
            milestone: milestone, result: member(.result)?.stringValue ?? "not-reached",
            targetSeconds: member(.targetSeconds)?.integerValue,
            reachedSeconds: member(.drillSeconds)?.integerValue,
            required: member(.required)?.boolValue ?? true)
    }
}

/// The drill clock: from `drill.started`, stopped between `drill.paused` and `drill.resumed`.
struct DrillClock: Sendable {
    private var startedMicroseconds: Int64?
    private var pausedSinceMicroseconds: Int64?
    private var pausedMicroseconds: Int64 = 0

    mutating func add(_ record: JournalRecord) {
        switch record.recordKind {
        case .drillStarted: startedMicroseconds = record.wallMicroseconds
        case .drillPaused:
            if pausedSinceMicroseconds == nil { pausedSinceMicroseconds = record.wallMicroseconds }
        case .drillResumed:
            if let since = pausedSinceMicroseconds {
                pausedMicroseconds += record.wallMicroseconds - since
            }
            pausedSinceMicroseconds = nil
        default: break
        }
    }

    /// Whole drill-clock seconds at `wall` (0 before StartEx).
    func seconds(at wall: Int64) -> Int64 {
        guard let started = startedMicroseconds else { return 0 }
        let stoppedAt = pausedSinceMicroseconds ?? wall
        return max(0, (stoppedAt - started - pausedMicroseconds) / 1_000_000)
    }
}
