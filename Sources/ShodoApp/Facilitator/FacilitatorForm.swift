import RunSession
import RunbookModel
import TerminalUI

/// A request being filled in on the facilitator's screen, one field at a time:
/// Enter moves to the next field and sends from the last, Esc cancels.
public struct FacilitatorForm: Sendable {
    public enum Purpose: Sendable, Hashable {
        case fire, pause, resume, observe, answer, improve, end
        /// Real-world abort: the player stops the drill and opens a real journal.
        case abort
    }

    public struct Choice: Sendable, Hashable {
        /// What the request carries; `nil` for "none".
        public var value: String?
        public var label: String
    }

    public enum Entry: Sendable, Hashable {
        case text(TextFieldState, required: Bool)
        case choice([Choice], selected: Int)
    }

    public struct Field: Sendable, Hashable {
        public var label: String
        public var entry: Entry
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [Field]
    public var current = 0
    /// The player's step when the form opened: an observation is tied to it.
    var step: String?

    /// The form for `purpose` on what `state` shows, or why there is nothing to choose.
    enum Opening {
        case form(FacilitatorForm)
        case nothingToChoose(StatusMessage)
    }

    static func open(_ purpose: Purpose, _ state: FacilitatorState) -> Opening {
        let text = state.text
        let snapshot = state.snapshot
        func field(_ label: String, required: Bool = true) -> Field {
            Field(label: label, entry: .text(TextFieldState(), required: required))
        }
        func choose(_ label: String, _ choices: [Choice]) -> Field {
            Field(label: label, entry: .choice(choices, selected: 0))
        }
        let none = Choice(value: nil, label: text.choiceNone)
        switch purpose {
        case .fire:
            let manual = (snapshot?.injects ?? []).filter {
                $0.trigger == "manual" && $0.stage == .pending
            }
            guard !manual.isEmpty else {
                return .nothingToChoose(StatusMessage(text.noManualInjectLeft, isError: true))
            }
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formFire,
                    fields: [
                        choose(
                            text.fieldInject,
                            manual.map { Choice(value: $0.id, label: "\($0.id): \($0.text)") })
                    ]))
        case .pause:
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formPause,
                    fields: [field(text.fieldReason, required: false)]))
        case .resume:
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formResume,
                    fields: [field(text.fieldReason, required: false)]))
        case .observe:
            let milestones =
                [none] + (snapshot?.milestones ?? []).map { Choice(value: $0, label: $0) }
            let marks = [none] + (snapshot?.ratingMarks ?? []).map { Choice(value: $0, label: $0) }
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formObserve,
                    fields: [
                        field(text.fieldText), choose(text.fieldMilestone, milestones),
                        choose(text.fieldRating, marks),
                    ],
                    step: snapshot?.step?.step))
        case .answer:
            let contacts = snapshot?.step?.contacts ?? []
            guard !contacts.isEmpty else {
                return .nothingToChoose(StatusMessage(text.noContactOnStep, isError: true))
            }
            let choices = contacts.map {
                Choice(
                    value: $0.id,
                    label: "\($0.name) (\($0.id))" + ($0.script.map { " — 「\($0)」" } ?? ""))
            }
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formAnswer,
                    fields: [choose(text.fieldContact, choices)]))
        case .improve:
            let categories = ImprovementCategory.allCases.map {
                Choice(value: $0.rawValue, label: $0.rawValue)
            }
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formImprove,
                    fields: [
                        field(text.fieldFinding), field(text.fieldAction), field(text.fieldOwner),
                        field(text.fieldDue),
                        choose(text.fieldCategory, categories),
                    ]))
        case .end:
            let confirm = [
                Choice(value: nil, label: text.choiceNo),
                Choice(value: "yes", label: text.choiceYes),
            ]
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formEnd,
                    fields: [choose(text.fieldConfirm, confirm)]))
        case .abort:
            let confirm = [
                Choice(value: nil, label: text.choiceNo),
                Choice(value: "yes", label: text.choiceRealIncident),
            ]
            return .form(
                FacilitatorForm(
                    purpose: purpose, title: text.formAbort,
                    fields: [choose(text.fieldConfirmAbort, confirm)]))
        }
    }

    /// What a key does to the form.
    enum Outcome: Equatable {
        case editing
        case cancelled
        case send(DrillControlRequest)
        /// Enter on an empty required field.
        case missing
    }

    mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter, .tab:
            if case .text(let field, true) = fields[current].entry,
                field.text.allSatisfy(\.isWhitespace)
            {
                return .missing
            }
            guard current == fields.count - 1 else {
                current += 1
                return .editing
            }
            if purpose == .end || purpose == .abort, value(0) == nil { return .cancelled }
            return request().map { .send($0) } ?? .cancelled
        default:
            break
        }
        switch fields[current].entry {
        case .text(var field, let required):
            _ = field.apply(key)
            fields[current].entry = .text(field, required: required)
        case .choice(let choices, let selected):
            var next = selected
            switch key {
            case .up, .left: next = max(0, selected - 1)
            case .down, .right: next = min(choices.count - 1, selected + 1)
            case .character(let character):
                if let number = character.wholeNumberValue, (1...choices.count).contains(number) {
                    next = number - 1
                }
            default: break
            }
            fields[current].entry = .choice(choices, selected: next)
        }
        return .editing
    }

    /// The value of field `index`: its text (`nil` when empty) or the chosen value.
    func value(_ index: Int) -> String? {
        switch fields[index].entry {
        case .text(let field, _):
            let words = field.text.trimmingCharacters(in: .whitespaces)
            return words.isEmpty ? nil : words
        case .choice(let choices, let selected): return choices[selected].value
        }
    }

    private func request() -> DrillControlRequest? {
        switch purpose {
        case .fire: return value(0).map { .fire(inject: $0) }
        case .pause: return .pause(reason: value(0) ?? "")
        case .resume: return .resume(reason: value(0) ?? "")
        case .observe:
            return value(0).map {
                .observe(
                    DrillSession.Observation(
                        text: $0, milestone: value(1), step: step, rating: value(2)))
            }
        case .answer: return value(0).map { .answer(contact: $0) }
        case .improve:
            guard let finding = value(0), let action = value(1), let owner = value(2),
                let due = value(3),
                let category = value(4).flatMap(ImprovementCategory.init(rawValue:))
            else { return nil }
            return .improve(
                DrillSession.Improvement(
                    finding: finding, action: action, owner: owner, due: due, category: category))
        case .end: return .end
        case .abort: return .abort
        }
    }
}
