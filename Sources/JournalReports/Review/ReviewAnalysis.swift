import ActionJournal
import JournalSummaries
import JournalVocabulary

/// What the morning review shows besides the timeline, gathered in one pass over it.
///
/// Holds only its findings (deviations, runs, calls, values, evidence, sign-offs, the
/// chart's marks), never the journal's lines.
public struct ReviewAnalysis: Sendable {
    /// Deviations from the runbooks, in timeline order.
    public private(set) var deviations: [Deviation] = []
    /// Every run, in the order it started.
    public private(set) var runs: [JournalRun<RecordReference>] = []
    /// Every call attempt.
    public private(set) var calls: [ContactAttempt] = []
    /// Values entered and decisions made.
    public private(set) var values: [RecordedValue] = []
    /// Evidence saved.
    public private(set) var evidence: [EvidenceItem] = []
    /// Sign-offs already in the journals.
    public private(set) var signOffs: [ReviewSignOff] = []
    /// Evidence items with their chain of custody, in the order they were saved.
    public private(set) var custody: [CustodyItem] = []
    /// The reviewer's notes on records (`review.annotated`).
    public private(set) var notes: [ReviewNote] = []
    /// Who acted in each journal's runs (by source index), in order of first appearance.
    public private(set) var operatorsByJournal: [Int: [String]] = [:]
    /// Pauses (`run.paused`): the night's interruptions.
    public private(set) var interruptions: [RecordReference] = []
    /// Key moments and the durations between them.
    public private(set) var durations = KeyDurations()
    /// The time chart's marks.
    public private(set) var chart: TimeChart
    /// Records read.
    public private(set) var recordCount = 0
    /// Records at or after their journal's first bad line: in the timeline, marked
    /// unproven, and left out of every finding, value and duration.
    public private(set) var unprovenRecordCount = 0
    /// Lines that were not readable records (a bounded number, with reasons).
    public private(set) var unreadableLines: [UnreadableLine] = []
    /// How many lines were not readable in all.
    public private(set) var unreadableLineCount = 0
    private var openRunByJournal: [Int: Int] = [:]
    /// Journals whose run has ended: what they record afterwards is about the run, not part of it.
    private var endedJournals: Set<Int> = []

    /// An empty analysis for `sources`.
    public init(sources: [JournalSource]) {
        chart = TimeChart(sources: sources)
    }

    /// Reads `sources` as one timeline (streaming) and returns what the review shows of it.
    public static func analyse(_ sources: [JournalSource]) throws(ReportError) -> ReviewAnalysis {
        let timeline = try MergedTimeline(sources: sources)
        var analysis = ReviewAnalysis(sources: sources)
        while let entry = try timeline.next() { analysis.add(entry) }
        (analysis.unreadableLines, analysis.unreadableLineCount) = timeline.unreadableLines
        return analysis
    }

    /// The runs that have not ended.
    public var pendingRuns: [JournalRun<RecordReference>] { runs.filter(\.isOpen) }

    /// Takes in the next entry of the timeline.
    public mutating func add(_ entry: TimelineEntry) {
        let record = entry.record
        let reference = RecordReference(entry)
        recordCount += 1
        if entry.isUnproven {
            unprovenRecordCount += 1
            return
        }
        chart.add(entry)
        if !endedJournals.contains(entry.source.index),
            !(record.recordKind.map(RecordKind.afterTheRun.contains) ?? false)
        {
            durations.lastRecord = reference
            if record.recordKind != .journalOpen,
                !(operatorsByJournal[entry.source.index] ?? []).contains(record.actor)
            {
                operatorsByJournal[entry.source.index, default: []].append(record.actor)
            }
        }
        trackRuns(entry, reference)
        if let deviation = Self.deviation(entry, reference) { deviations.append(deviation) }
        switch record.recordKind {
        case .contactAttempted:
            let attempt = ContactAttempt(
                reference: reference,
                contact: entry.text(.contactName) ?? entry.text(.contact) ?? "",
                result: entry.text(.result) ?? "",
                note: entry.text(.note))
            calls.append(attempt)
            if durations.firstCall == nil { durations.firstCall = reference }
            if durations.firstReached == nil, attempt.result == "reached" {
                durations.firstReached = reference
            }
        case .valueEntered:
            values.append(
                RecordedValue(
                    reference: reference, field: entry.text(.field) ?? "",
                    value: entry.text(.value) ?? "", isDecision: false))
        case .choiceMade:
            values.append(
                RecordedValue(
                    reference: reference, field: entry.text(.step) ?? "",
                    value: entry.text(.option) ?? "", isDecision: true))
        case .milestoneReached:
            durations.milestoneReached(entry, reference)
        case .evidenceSaved:
            evidence.append(Self.evidenceItem(entry, reference))
            custody.append(
                CustodyItem(
                    saved: reference, item: entry.text(.item) ?? "",
                    description: entry.text(.description) ?? "",
                    sha256: entry.text(.evidenceSHA256) ?? entry.text(.sha256),
                    path: entry.text(.path),
                    custodian: entry.text(.custodian) ?? record.actor,
                    location: entry.text(.location) ?? ""))
        case .evidenceTransferred:
            let item = entry.text(.item)
            if let index = custody.lastIndex(where: {
                $0.saved.journalIndex == reference.journalIndex && $0.item == item
            }) {
                custody[index].transfers.append(
                    CustodyTransfer(
                        reference: reference, from: entry.text(.from) ?? "",
                        to: entry.text(.to) ?? "",
                        note: entry.text(.note) ?? ""))
            }
        case .reviewAnnotated:
            let tags: [String]
            if case .array(let values) = record.value(.tags) {
                tags = values.compactMap(\.stringValue)
            } else {
                tags = []
            }
            notes.append(
                ReviewNote(
                    reference: reference, referencedSeq: Int(record.integer(.refSeq) ?? -1),
                    tags: tags,
                    comment: entry.text(.comment) ?? ""))
        case .runPaused:
            interruptions.append(reference)
        case .reviewSigned:
            signOffs.append(
                ReviewSignOff(
                    reference: reference, reviewer: entry.text(.reviewer) ?? record.actor,
                    comment: entry.text(.comment) ?? ""))
        default:
            break
        }
    }

    private mutating func trackRuns(_ entry: TimelineEntry, _ reference: RecordReference) {
        let journal = entry.source.index
        let kind = entry.record.recordKind
        if kind == .runStarted {
            runs.append(JournalRun(start: reference, runbookID: entry.text(.runbook) ?? ""))
            openRunByJournal[journal] = runs.count - 1
            durations.runStarted(reference)
            return
        }
        guard let open = openRunByJournal[journal] else { return }
        runs[open].take(kind, outcome: entry.text(.outcome), at: reference)
        guard !runs[open].isOpen else { return }
        openRunByJournal[journal] = nil
        endedJournals.insert(journal)
        if durations.handover == nil, runs[open].outcome == "handed-over" {
            durations.handover = reference
        }
    }

    private static func deviation(_ entry: TimelineEntry, _ reference: RecordReference)
        -> Deviation?
    {
        let record = entry.record
        switch record.recordKind {
        case .stepSkipped:
            return Deviation(kind: .skipped, reference: reference, reason: entry.text(.reason))
        case .stepUnable:
            return Deviation(kind: .couldNotDo, reference: reference, reason: entry.text(.reason))
        case .checkFailed:
            return Deviation(kind: .checkFailed, reference: reference, reason: entry.text(.reason))
        case .stepBack:
            let target = [entry.text(.toRunbook), entry.text(.toStep)].compactMap { $0 }.joined(
                separator: " / ")
            return Deviation(
                kind: .wentBack, reference: reference, reason: target.isEmpty ? nil : "→ " + target)
        case .runEnded where record.string(.outcome) == "aborted":
            return Deviation(kind: .aborted, reference: reference, reason: entry.text(.reason))
        case .waitEnded where record.bool(.early) == true:
            return Deviation(
                kind: .waitEndedEarly, reference: reference, reason: entry.text(.reason))
        case .journalRecovered:
            return Deviation(
                kind: .journalRecovered, reference: reference, reason: payloadText(record))
        case .clockStepped:
            return Deviation(
                kind: .clockStepped, reference: reference,
                reason: entry.text(.stepSeconds).map { $0 + " s" })
        default:
            return nil
        }
    }

    private static func evidenceItem(_ entry: TimelineEntry, _ reference: RecordReference)
        -> EvidenceItem
    {
        let hashNames: Set<String> = [
            RecordMember.evidenceSHA256.rawValue, RecordMember.sha256.rawValue,
        ]
        let sha256 = entry.text(.evidenceSHA256) ?? entry.text(.sha256)
        let details = entry.record.payload.filter { !hashNames.contains($0.name) }.map {
            $0.name + ": " + JSONText.display($0.value)
        }
        return EvidenceItem(reference: reference, sha256: sha256, details: details)
    }

    private static func payloadText(_ record: JournalRecord) -> String {
        record.payload.map { $0.name + ": " + JSONText.display($0.value) }.joined(separator: ", ")
    }
}
