import RunEngine

/// Parses one line of the headless action protocol (docs/cli.md "Headless action protocol") into an action.
///
/// The argument is the rest of the line after the action word and one space,
/// verbatim: a note or value keeps its own spaces.
public enum HeadlessCommand {
    /// Every action word, in the order docs/cli.md lists them.
    public static let words = [
        "done", "skip", "confirm", "fail", "choose", "input", "reached", "no-answer",
        "left-message",
        "note", "back", "pause", "abort", "unable", "evidence", "evidence-file",
    ]

    /// What a line asks for: an engine action, or evidence, which the session must
    /// first describe and (for a file) hash before the engine can number it.
    public enum Request: Sendable, Hashable {
        case action(OperatorAction)
        /// `evidence DESCRIPTION` (no `filePath`) or `evidence-file PATH [DESCRIPTION]`.
        case evidence(description: String, filePath: String?)
    }

    /// Whether the line carries no action (blank, or a `#` comment).
    public static func isIgnorable(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// The action a line asks for at `step`; `waitIsOver` tells whether a wait
    /// step's time is already up (so `done` there ended it early or not).
    public static func parse(_ line: String, at step: StepPresentation?, waitIsOver: Bool)
        -> Result<Request, HeadlessProblem>
    {
        let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
        let word: Substring
        let argument: String?
        if let space = line.firstIndex(of: " ") {
            word = line[..<space]
            argument = String(line[line.index(after: space)...])
        } else {
            word = Substring(line)
            argument = nil
        }
        let text = argument ?? ""
        let optional = argument.flatMap { $0.isEmpty ? nil : $0 }
        switch word {
        case "evidence": return .success(.evidence(description: text, filePath: nil))
        case "evidence-file":
            // The path is the first word; the description, if any, the rest.
            guard let (path, description) = firstWord(of: text) else {
                return .failure(.evidencePathMissing)
            }
            return .success(.evidence(description: description ?? "", filePath: path))
        default:
            return action(
                word: word, text: text, optional: optional, at: step, waitIsOver: waitIsOver
            ).map(Request.action)
        }
    }

    private static func action(
        word: Substring, text: String, optional: String?, at step: StepPresentation?,
        waitIsOver: Bool
    ) -> Result<OperatorAction, HeadlessProblem> {
        switch word {
        case "done":
            if case .wait = step?.kind {
                return .success(.endWait(reason: optional, early: !waitIsOver))
            }
            return .success(.done(note: optional))
        case "skip": return .success(.skip(reason: text))
        case "confirm": return .success(.confirm(note: optional))
        case "fail": return .success(.fail(reason: text))
        case "choose": return .success(.choose(optionID: text))
        case "input": return .success(.input(value: text))
        case "note": return .success(.note(text: text))
        case "back": return .success(.back)
        case "pause": return .success(.pause)
        case "abort": return .success(.abort(reason: text))
        case "unable": return .success(.unable(reason: text))
        default:
            guard let result = CallResult(rawValue: String(word)) else {
                return .failure(.unknownAction(String(word)))
            }
            return .success(
                call(result, argument: optional, contactIDs: step?.contacts.map(\.id) ?? []))
        }
    }

    /// `reached [CONTACT_ID] [NOTE]`: the first word is the contact id when it
    /// is one of the step's contacts; otherwise the whole argument is the note.
    private static func call(_ result: CallResult, argument: String?, contactIDs: [String])
        -> OperatorAction
    {
        guard let argument, let (firstWord, rest) = firstWord(of: argument) else {
            return .recordCall(contactID: nil, result: result, note: nil)
        }
        if contactIDs.contains(firstWord) {
            return .recordCall(contactID: firstWord, result: result, note: rest)
        }
        return .recordCall(contactID: nil, result: result, note: argument)
    }

    /// The first word of `argument` and the rest after one space (`nil` when empty);
    /// `nil` for an empty argument.
    private static func firstWord(of argument: String) -> (String, String?)? {
        guard !argument.isEmpty else { return nil }
        guard let space = argument.firstIndex(of: " ") else { return (argument, nil) }
        let remainder = String(argument[argument.index(after: space)...])
        return (String(argument[..<space]), remainder.isEmpty ? nil : remainder)
    }
}
