/// One runbook, as loaded from its YAML file.
public struct Runbook: Sendable, Hashable, Identifiable {
    public var format: Int
    public var id: String
    public var version: Int
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// Default language of plain strings (`ja` when absent).
    public var language: String
    /// Languages every text must provide.
    public var languages: [String]
    public var severity: Severity?
    public var roles: [String]
    public var triggers: [LocalizedText]
    public var tags: [String]
    public var estimatedMinutes: Int?
    public var references: [Reference]
    public var steps: [Step]
    /// The moments that matter after the fact (revision 2): when the PC was cut off,
    /// when IT was reached. Reviews and drills measure time to these, never to step ids.
    public var milestones: [Milestone]
    /// Milestones `validate` proves are passed on every path to the end of a run.
    public var mustReach: [MilestoneGuarantee]
    /// Where it was loaded from, as given.
    public var sourcePath: String
    /// Lowercase hex SHA-256 of the file's bytes; journaled with every run.
    public var sourceSHA256: String

    public init(
        format: Int = 1, id: String, version: Int, title: LocalizedText,
        summary: LocalizedText? = nil, language: String = LocalizedText.defaultLanguage,
        languages: [String] = [],
        severity: Severity? = nil, roles: [String] = [], triggers: [LocalizedText] = [],
        tags: [String] = [], estimatedMinutes: Int? = nil, references: [Reference] = [],
        steps: [Step], milestones: [Milestone] = [], mustReach: [MilestoneGuarantee] = [],
        sourcePath: String = "", sourceSHA256: String = ""
    ) {
        self.format = format
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.language = language
        self.languages = languages
        self.severity = severity
        self.roles = roles
        self.triggers = triggers
        self.tags = tags
        self.estimatedMinutes = estimatedMinutes
        self.references = references
        self.steps = steps
        self.milestones = milestones
        self.mustReach = mustReach
        self.sourcePath = sourcePath
        self.sourceSHA256 = sourceSHA256
    }

    /// The step with that id, if any.
    public func step(_ id: String) -> Step? {
        steps.first { $0.id == id }
    }

    /// The position of the step with that id in `steps`.
    public func index(of id: String) -> Int? {
        steps.firstIndex { $0.id == id }
    }

    /// Where a step leads when it is simply finished: its `next`, else the
    /// following step, else the end.
    public func defaultTarget(after stepID: String) -> StepTarget {
        guard let index = index(of: stepID) else { return .end }
        if let next = steps[index].next { return next }
        return index + 1 < steps.count ? .step(steps[index + 1].id) : .end
    }
}

/// How urgent a runbook is; triage lists the most severe first.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case critical, high, medium, low

    /// 0 for critical, rising as severity falls.
    public var rank: Int {
        switch self {
        case .critical: 0
        case .high: 1
        case .medium: 2
        case .low: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A source a runbook draws on.
public struct Reference: Sendable, Hashable {
    public var title: LocalizedText
    public var url: String

    public init(title: LocalizedText, url: String) {
        self.title = title
        self.url = url
    }
}
