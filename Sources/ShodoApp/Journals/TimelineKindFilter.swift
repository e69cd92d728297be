import JournalVocabulary

/// Which records the timeline shows, cycled with `f`.
public enum TimelineKindFilter: Hashable, Sendable, CyclingFilter {
    /// Every record.
    case all
    /// What was done at the steps: done, checks, choices, values, commands, waits, evidence.
    case steps
    /// Phone calls.
    case calls
    /// Notes.
    case notes
    /// What went wrong or was left: skipped, failed, back, an aborted end, recovery, clock steps.
    case problems

    /// Whether `record` passes.
    public func admits(_ record: JournalTimelineRecord) -> Bool {
        switch self {
        case .all: return true
        case .steps: return record.recordKind.map(Self.stepKinds.contains) ?? false
        case .calls: return record.recordKind == .contactAttempted
        case .notes: return record.recordKind == .noteAdded
        case .problems:
            if record.recordKind == .runEnded { return record.outcome == "aborted" }
            return record.recordKind.map(Self.problemKinds.contains) ?? false
        }
    }

    private static let stepKinds: Set<RecordKind> = [
        .stepDone, .checkConfirmed, .checkFailed, .choiceMade, .valueEntered, .commandResult,
        .waitStarted, .waitEnded, .evidenceSaved, .stepSkipped, .stepUnable, .milestoneReached,
    ]

    private static let problemKinds: Set<RecordKind> = [
        .stepSkipped, .stepUnable, .checkFailed, .stepBack, .journalRecovered, .clockStepped,
    ]
}
