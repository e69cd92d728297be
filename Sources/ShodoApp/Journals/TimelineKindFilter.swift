import RunEngine

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
        case .steps: return Self.stepKinds.contains(record.kind)
        case .calls: return record.kind == RecordKind.contactAttempted.rawValue
        case .notes: return record.kind == RecordKind.noteAdded.rawValue
        case .problems:
            if record.kind == RecordKind.runEnded.rawValue { return record.outcome == "aborted" }
            return Self.problemKinds.contains(record.kind)
        }
    }

    private static let stepKinds: Set<String> = Set(
        [
            RecordKind.stepDone, .checkConfirmed, .checkFailed, .choiceMade, .valueEntered, .commandResult,
            .waitStarted, .waitEnded, .evidenceSaved, .stepSkipped, .stepUnable, .milestoneReached,
        ].map(\.rawValue))

    private static let problemKinds: Set<String> = Set(
        [RecordKind.stepSkipped, .stepUnable, .checkFailed, .stepBack, .journalRecovered, .clockStepped].map(\.rawValue))
}
