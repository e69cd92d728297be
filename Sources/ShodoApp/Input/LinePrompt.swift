import TerminalUI

/// The open input line: what it asks for, what has been typed, and why the last Enter was refused.
public struct LinePrompt: Hashable, Sendable {
    /// What the answer is for.
    public var purpose: PromptPurpose
    /// The text typed so far, with its cursor.
    public var field: TextFieldState
    /// Shown under the field after a refused Enter; nil otherwise.
    public var problem: String?

    /// An empty prompt for `purpose`.
    public init(
        purpose: PromptPurpose, field: TextFieldState = TextFieldState(), problem: String? = nil
    ) {
        self.purpose = purpose
        self.field = field
        self.problem = problem
    }
}
