/// The first line that does not verify, and why.
public struct VerificationFailure: Sendable, Hashable, CustomStringConvertible {
    /// The line, from 1.
    public let line: Int
    /// The rule it breaks.
    public let problem: VerificationProblem

    /// A failure of `line`.
    public init(line: Int, problem: VerificationProblem) {
        self.line = line
        self.problem = problem
    }

    /// `line N: REASON`, as the CLI prints it.
    public var description: String { "line \(line): \(problem)" }
}
