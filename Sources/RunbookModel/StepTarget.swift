/// Where a step leads: another step of the same runbook, or the end of it.
public enum StepTarget: Sendable, Hashable, CustomStringConvertible {
    case step(String)
    case end

    /// Parses the YAML spelling: `end`, or a step id.
    public init(_ spelling: String) {
        self = spelling == "end" ? .end : .step(spelling)
    }

    public var description: String {
        switch self {
        case .step(let id): id
        case .end: "end"
        }
    }
}
