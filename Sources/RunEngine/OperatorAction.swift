/// Something the operator does to a run; each accepted action is journaled.
public enum OperatorAction: Sendable, Hashable {
    /// Opens the run at the runbook's first step.
    case start
    /// Finishes an instruction, command, contact or end step (a note is optional).
    case done(note: String?)
    /// Ends a wait step's countdown; `early` when the time was not yet up.
    case endWait(reason: String?, early: Bool)
    /// Leaves a step without doing it; a reason is required.
    case skip(reason: String)
    /// Confirms that a check's condition holds.
    case confirm(note: String?)
    /// Reports that a check's condition does not hold; a reason is required.
    case fail(reason: String)
    /// Picks an option of a choice step.
    case choose(optionID: String)
    /// Enters the value of an input step.
    case input(value: String)
    /// Records one call to a contact of a contact step (the step stays current).
    case recordCall(contactID: String?, result: CallResult, note: String?)
    /// Adds a note to the current step without moving on.
    case note(text: String)
    /// Goes back to the step before; the journal keeps both.
    case back
    /// Stops here so that `shodo resume` can continue later.
    case pause
    /// Continues a paused run.
    case resume
    /// Ends the run with outcome `aborted`.
    case abort(reason: String)
    /// Says an instruction or command step could not be done ("I tried and could not",
    /// unlike `skip`, "I chose not to"); a reason is required. Goes to `on_unable`, else `next`.
    case unable(reason: String)
    /// Registers an item of evidence (a thing held, or a file with its SHA-256); any step.
    case registerEvidence(EvidenceRegistration)

    /// The most UTF-8 bytes one piece of operator text (a note, reason, value,
    /// option or contact id) may have. A record holds its text at most a few
    /// times, each escaped at most six-fold, so every record an accepted action
    /// writes stays far below the journal's line limit (docs/limits.md).
    public static let maximumTextBytes = 64 * 1024

    /// The longest piece of text this action carries, in UTF-8 bytes.
    public var longestTextBytes: Int {
        let texts: [String?] =
            switch self {
            case .start, .back, .pause, .resume: []
            case .done(let note), .confirm(let note): [note]
            case .endWait(let reason, _): [reason]
            case .skip(let reason), .fail(let reason), .abort(let reason), .unable(let reason):
                [reason]
            case .choose(let optionID): [optionID]
            case .input(let value): [value]
            case .recordCall(let contactID, _, let note): [contactID, note]
            case .note(let text): [text]
            case .registerEvidence(let registration):
                [
                    registration.description, registration.custodian, registration.location,
                    registration.file?.path,
                ]
            }
        return texts.map { $0?.utf8.count ?? 0 }.max() ?? 0
    }

    /// The word used for this action in the headless protocol and in messages.
    public var word: String {
        switch self {
        case .start: "start"
        case .done, .endWait: "done"
        case .skip: "skip"
        case .confirm: "confirm"
        case .fail: "fail"
        case .choose: "choose"
        case .input: "input"
        case .recordCall(_, let result, _): result.rawValue
        case .note: "note"
        case .back: "back"
        case .pause: "pause"
        case .resume: "resume"
        case .abort: "abort"
        case .unable: "unable"
        case .registerEvidence(let registration):
            registration.file == nil ? "evidence" : "evidence-file"
        }
    }
}

/// How one call to a contact went.
public enum CallResult: String, Sendable, Hashable, CaseIterable {
    case reached
    case noAnswer = "no-answer"
    case leftMessage = "left-message"
}
