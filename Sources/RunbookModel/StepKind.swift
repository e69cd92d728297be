/// What kind of answer a step takes, with the keys that only that kind has.
public enum StepKind: Sendable, Hashable {
    case instruction
    case check(CheckSpec)
    case choice([ChoiceOption])
    case input(InputSpec)
    case contact(contactIDs: [String])
    case wait(seconds: Int)
    case command(CommandSpec)
    case include(runbookID: String)
    case end(RunOutcome)

    /// The longest wait a runbook may ask for, in seconds (24 hours, i.e.
    /// `minutes: 1440`). Longer waits are refused when the runbook is loaded, so
    /// no duration arithmetic downstream can overflow (docs/limits.md).
    public static let maximumWaitSeconds = 24 * 60 * 60

    /// The YAML spelling of the kind (`kind:` key).
    public var name: String {
        switch self {
        case .instruction: "instruction"
        case .check: "check"
        case .choice: "choice"
        case .input: "input"
        case .contact: "contact"
        case .wait: "wait"
        case .command: "command"
        case .include: "include"
        case .end: "end"
        }
    }

    /// Every kind's YAML spelling, in the order of docs/runbook-format.md "Steps".
    public static let allNames = [
        "instruction", "check", "choice", "input", "contact", "wait", "command", "include", "end",
    ]
}

/// A challenge and response: the condition to confirm, and where a failure leads.
public struct CheckSpec: Sendable, Hashable {
    public var expect: LocalizedText?
    public var onFail: StepTarget?

    public init(expect: LocalizedText? = nil, onFail: StepTarget? = nil) {
        self.expect = expect
        self.onFail = onFail
    }
}

/// One option of a choice step.
public struct ChoiceOption: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// `nil` follows the step's own `next` (or the following step).
    public var next: StepTarget?
    /// The milestone choosing this option reaches (revision 2).
    public var milestone: String?

    public init(id: String, label: LocalizedText, next: StepTarget? = nil, milestone: String? = nil)
    {
        self.id = id
        self.label = label
        self.next = next
        self.milestone = milestone
    }
}

/// What an input step asks for and how the answer is checked.
public struct InputSpec: Sendable, Hashable {
    public var field: String
    public var type: InputType
    /// A regular expression the whole value must match.
    public var pattern: String?
    public var required: Bool

    public init(
        field: String, type: InputType = .text, pattern: String? = nil, required: Bool = true
    ) {
        self.field = field
        self.type = type
        self.pattern = pattern
        self.required = required
    }
}

/// The value types an input step can require.
public enum InputType: String, Sendable, Hashable, CaseIterable {
    case text, number, ip, hostname, datetime, phone
}

/// A command for the operator (or, with `run: local`, the tool) to type.
public struct CommandSpec: Sendable, Hashable {
    public var command: String
    public var platform: CommandPlatform
    /// The tool may run it itself after an explicit confirmation (Linux/macOS only).
    public var runLocally: Bool

    public init(command: String, platform: CommandPlatform = .any, runLocally: Bool = false) {
        self.command = command
        self.platform = platform
        self.runLocally = runLocally
    }
}

/// Where a command is meant to be typed.
public enum CommandPlatform: String, Sendable, Hashable, CaseIterable {
    case windows, linux, macos
    case networkDevice = "network-device"
    case any
}

/// How a run ended.
public enum RunOutcome: String, Sendable, Hashable, CaseIterable {
    case resolved, escalated
    case handedOver = "handed-over"
    case aborted
}
