/// The id of one kind of thing (`Kind`): a runbook's, a step's. Two kinds of id
/// are two types, so a step's id cannot be passed where a runbook's is meant.
///
/// On disk (YAML, journals, the library cache) an id is its plain string
/// (`rawValue`); a string literal in code is an id of whatever kind is expected.
public struct Identifier<Kind>: Hashable, Sendable, Comparable, RawRepresentable,
    ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The id as written in the runbook and the journal.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id written `rawValue`.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The id as written, so that interpolating it writes what the journal does.
    public var description: String { rawValue }

    public static func < (left: Identifier, right: Identifier) -> Bool {
        left.rawValue < right.rawValue
    }
}

/// A runbook's `id` (`rb-01-ransomware-suspected`).
public typealias RunbookID = Identifier<Runbook>

/// A step's `id` within its runbook (`unplug`).
public typealias StepID = Identifier<Step>
