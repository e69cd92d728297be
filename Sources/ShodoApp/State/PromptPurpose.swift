import RunEngine

/// What the input line at the bottom asks for.
public enum PromptPurpose: Hashable, Sendable {
    /// A note on the current step (`n`).
    case note
    /// The reason for skipping (`s`); required.
    case skipReason
    /// Why a step could not be done (`c`, "cannot do"); required.
    case unableReason
    /// The reason a check fails (`f`); required.
    case failReason
    /// Why a countdown ends early (`Enter` on a wait); may be empty.
    case earlyWaitReason
    /// Why the whole run is aborted (`x` in the help); required.
    case abortReason
    /// What the evidence is (`e`); required. A second prompt then asks for a file.
    case evidenceDescription
    /// The path of a file to register with the evidence described; empty for none.
    case evidencePath(description: String)
    /// The explicit confirmation before a `run: local` command is run here (`r`): `y` runs it.
    case localRunConfirmation
    /// The verification code from paper, to check the end of the journal shown (`v`
    /// on the timeline); required. Nothing is journaled.
    case expectedCode
    /// Tabletop: what the room decided on the current step; empty records nothing.
    /// `pending` is the step's action the decision was asked before, carried out after it.
    case decision(pending: OperatorAction?)
    /// Tabletop: why (required), after the decision.
    case rationale(decision: String, pending: OperatorAction?)
    /// Tabletop: who decided (required; the operator's name is filled in), then `decision.recorded`.
    case decidedBy(decision: String, rationale: String, pending: OperatorAction?)
    /// The answer to the next hot-wash question after a drill's run ended; required.
    case hotWashAnswer

    /// Whether an empty answer is refused in place.
    var requiresText: Bool {
        switch self {
        case .earlyWaitReason, .evidencePath, .localRunConfirmation, .decision: false
        default: true
        }
    }
}
