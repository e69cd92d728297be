import Localization
import RunbookModel

/// What the operator sees of the current step, in one language, values filled in.
///
/// Both the headless printer and the terminal UI draw from this, so they can
/// never disagree about what a step says.
public struct StepPresentation: Sendable, Hashable {
    /// The title of the runbook being run at the top, then of each included one.
    public var breadcrumb: [String]
    public var runbookID: String
    public var stepID: String
    /// 1-based position of the step in its own runbook, and that runbook's step count.
    public var position: Int
    public var stepCount: Int
    public var kind: StepKind
    public var title: String
    public var body: String?
    public var why: String?
    public var caution: String?
    /// A check's condition.
    public var expect: String?
    public var options: [Option]
    public var contacts: [ContactCard]
    public var command: CommandSpec?
    public var input: InputSpec?
    public var waitSeconds: Int?
    /// The role the runbook names for this step, if any.
    public var role: String?

    /// One option of a choice, as shown.
    public struct Option: Sendable, Hashable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// One contact of a contact step, as shown.
    public struct ContactCard: Sendable, Hashable {
        public var id: String
        /// The contact's name, or its id when no contacts file names it.
        public var name: String
        /// The numbers that can be dialled (`Contact.usablePhones`): blanks are left out.
        public var phones: [String]
        public var hours: String?
        public var url: String?
        public var notes: String?
        /// False when the id is in no loaded contacts file.
        public var isKnown: Bool

        public init(
            id: String, name: String, phones: [String], hours: String?, url: String?,
            notes: String?, isKnown: Bool
        ) {
            self.id = id
            self.name = name
            self.phones = phones
            self.hours = hours
            self.url = url
            self.notes = notes
            self.isKnown = isKnown
        }

        /// What to do when there is no number to dial (`Contact.noNumberAdvice`), in `language`.
        public func noNumberAdvice(language: Language) -> String? {
            guard phones.isEmpty else { return nil }
            return Contact.noNumberAdvice(name: name).resolved(
                preferred: language, fallback: Language.english.code)
        }
    }
}

extension RunStateMachine {
    /// The current step of `state` as the operator should see it, or `nil` when
    /// the run has not started or has ended.
    public func presentation(of state: RunState) -> StepPresentation? {
        guard !state.hasEnded, let (runbook, step) = currentStep(of: state) else { return nil }
        let language = state.language
        func text(_ value: LocalizedText?, in owner: Runbook = runbook) -> String? {
            guard let value else { return nil }
            return Interpolation.resolve(
                value, language: language, runbookLanguage: owner.language, values: state.values)
        }
        let breadcrumb = state.frames.compactMap { frame in
            self.runbook(frame.runbookID).flatMap { text($0.title, in: $0) }
        }
        var options: [StepPresentation.Option] = []
        var contacts: [StepPresentation.ContactCard] = []
        var expect: String?
        var command: CommandSpec?
        var input: InputSpec?
        var waitSeconds: Int?
        switch step.kind {
        case .choice(let choices):
            options = choices.map {
                StepPresentation.Option(id: $0.id, label: text($0.label) ?? $0.id)
            }
        case .contact(let ids):
            contacts = ids.map { id in
                guard let contact = self.contact(id) else {
                    return StepPresentation.ContactCard(
                        id: id, name: id, phones: [], hours: nil, url: nil, notes: nil,
                        isKnown: false)
                }
                // A blank of the template (`内線 ____`) is never shown as if it were a number.
                return StepPresentation.ContactCard(
                    id: id, name: text(contact.name) ?? id, phones: contact.usablePhones,
                    hours: contact.hours,
                    url: contact.url, notes: text(contact.notes), isKnown: true)
            }
        case .check(let check):
            expect = text(check.expect)
        case .command(let spec):
            // The command is shown verbatim, but a value entered earlier
            // (`{{account_name}}`) is filled in so what is typed is what is meant.
            command = CommandSpec(
                command: Interpolation.fill(spec.command, values: state.values),
                platform: spec.platform,
                runLocally: spec.runLocally)
        case .input(let spec):
            input = spec
        case .wait(let seconds):
            waitSeconds = seconds
        case .instruction, .include, .end:
            break
        }
        return StepPresentation(
            breadcrumb: breadcrumb, runbookID: runbook.id, stepID: step.id,
            position: (runbook.index(of: step.id) ?? 0) + 1, stepCount: runbook.steps.count,
            kind: step.kind, title: text(step.title) ?? step.id, body: text(step.body),
            why: text(step.why),
            caution: text(step.caution), expect: expect, options: options, contacts: contacts,
            command: command, input: input, waitSeconds: waitSeconds, role: step.role)
    }
}
