import RunbookModel
import Yams

/// A runbook as parsed from its file, kept with positions until every check has run.
///
/// The runbook is built even when its file has errors (a bad value is left at
/// its default) so that the flow checks can still report their problems too.
struct ParsedRunbook {
    var runbook: Runbook
    let diagnostics: FileDiagnostics
    /// The `id:` value, where a duplicate runbook id is reported.
    var idPosition: SourcePosition?
    /// Parallel to `runbook.steps`.
    var stepLocations: [StepLocations]
    /// `{{NAME}}`s in the runbook's own texts (title, summary, triggers, references),
    /// shown before its first step.
    var placeholders: [PlaceholderUse]
    /// Parallel to `runbook.milestones`: each declaration's `id` value.
    var milestonePositions: [SourcePosition?] = []
    /// Parallel to `runbook.mustReach`: where each entry is, and its `milestone` value.
    var guaranteePositions: [(entry: SourcePosition?, milestone: SourcePosition?)] = []
}
