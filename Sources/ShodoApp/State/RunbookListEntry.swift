import Localization
import RunbookModel

/// One row of the runbook list.
public struct RunbookListEntry: Hashable, Sendable {
    /// The runbook's id.
    public var runbookID: String
    /// Its title in the operator's language.
    public var title: String
    /// How urgent it is.
    public var severity: Severity?
    /// The runbook's estimate, in minutes.
    public var estimatedMinutes: Int?
    /// How many steps it has.
    public var stepCount: Int
    /// Lowercased words a search looks in: id, titles and triggers in every language, tags.
    public var searchText: String

    /// An entry from its shown values.
    public init(
        runbookID: String, title: String, severity: Severity?, estimatedMinutes: Int?,
        stepCount: Int, searchText: String
    ) {
        self.runbookID = runbookID
        self.title = title
        self.severity = severity
        self.estimatedMinutes = estimatedMinutes
        self.stepCount = stepCount
        self.searchText = searchText
    }

    /// Every runbook of `library` in triage order.
    public static func entries(for library: RunbookLibrary, language: Language)
        -> [RunbookListEntry]
    {
        RunbookOrder.triage(library.runbooks).map { runbook in
            let words =
                [runbook.id] + runbook.title.translations.values.sorted()
                + runbook.triggers.flatMap { $0.translations.values.sorted() } + runbook.tags
            return RunbookListEntry(
                runbookID: runbook.id,
                title: runbook.title.resolved(preferred: language, fallback: runbook.language),
                severity: runbook.severity, estimatedMinutes: runbook.estimatedMinutes,
                stepCount: runbook.steps.count,
                searchText: words.joined(separator: "\n").lowercased())
        }
    }

    /// Whether the entry matches every space-separated word of `query` (case-insensitive).
    public func matches(_ query: String) -> Bool {
        query.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
            .allSatisfy { searchText.contains($0) }
    }
}
