import RunEngine
import TerminalUI

/// What the operator has done on the step screen that is not (yet) in the journal:
/// scrolling, the highlighted option or contact, the value being typed.
///
/// Reset whenever the run moves to another step.
public struct StepViewState: Hashable, Sendable {
    /// The first wrapped line of the body shown.
    public var bodyFirstLine = 0
    /// The highlighted option of a choice.
    public var selectedOption = 0
    /// The contact picked with its number (several contacts), if any.
    public var selectedContact: Int?
    /// The calls recorded on this visit of a contact step, oldest first.
    public var calls: [RecordedCall] = []
    /// The value of an input step.
    public var inputField = TextFieldState()
    /// Whether typed keys go into the input field (true until Esc).
    public var inputFocused = true
    /// Why the last value was refused, shown under the field.
    public var inputProblem: String?

    /// The state of a step just arrived at.
    public init() {}

    /// One call recorded on the current contact step.
    public struct RecordedCall: Hashable, Sendable {
        /// The contact called.
        public var contactID: String
        /// How it went.
        public var result: CallResult

        /// A call to `contactID` that went as `result`.
        public init(contactID: String, result: CallResult) {
            self.contactID = contactID
            self.result = result
        }
    }
}
