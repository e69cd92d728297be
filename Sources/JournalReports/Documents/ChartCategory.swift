import JournalVocabulary

/// What a mark on the time chart stands for; each has its own shape as well as colour.
public enum ChartCategory: UInt8, Sendable, CaseIterable {
    /// A run started, ended, paused or resumed: a vertical bar.
    case run
    /// A step done, a check confirmed, a value entered, a choice made: a circle.
    case done
    /// A step skipped, a wait ended early, a step back: a triangle.
    case skipped
    /// A check failed, a run aborted: a square.
    case failed
    /// A call attempt: a diamond.
    case contact
    /// Anything else (notes, journal housekeeping): a small dot.
    case other

    /// The category of a record, from its kind and payload.
    static func of(kind: String, outcome: String?, early: Bool?) -> ChartCategory {
        switch RecordKind(rawValue: kind) {
        case .runStarted, .runPaused, .runResumed: return .run
        case .runEnded: return outcome == "aborted" ? .failed : .run
        case .stepDone, .checkConfirmed, .valueEntered, .choiceMade, .commandResult, .evidenceSaved:
            return .done
        case .waitEnded: return early == true ? .skipped : .done
        case .stepSkipped, .stepBack, .stepUnable: return .skipped
        case .checkFailed: return .failed
        case .contactAttempted: return .contact
        default: return .other
        }
    }
}
