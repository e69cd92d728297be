import Localization
import RunbookModel

/// One answer to 「何が起きましたか？」: a runbook's trigger, leading to that runbook.
public struct TriageEntry: Hashable, Sendable {
    /// The runbook the trigger starts.
    public var runbookID: String
    /// The trigger in the operator's language.
    public var label: String

    /// An entry for `runbookID` labelled `label`.
    public init(runbookID: String, label: String) {
        self.runbookID = runbookID
        self.label = label
    }

    /// Every trigger of every runbook, most severe runbook first, then by id
    /// (so the list never reorders between starts), triggers in file order.
    public static func entries(for library: RunbookLibrary, language: Language) -> [TriageEntry] {
        RunbookOrder.triage(library.runbooks).flatMap { runbook in
            runbook.triggers.map { trigger in
                TriageEntry(
                    runbookID: runbook.id,
                    label: trigger.resolved(preferred: language, fallback: runbook.language))
            }
        }
    }
}
