import RunbookModel

/// A drill scenario as parsed from its file, kept with positions until the checks
/// that need the runbooks and contacts have run.
struct ParsedScenario {
    var scenario: DrillScenario
    let diagnostics: FileDiagnostics
    /// The `scenario:` value, where a duplicate scenario id is reported.
    var idPosition: SourcePosition?
    /// The `runbook:` value.
    var runbookPosition: SourcePosition?
    /// Parallel to `scenario.injects`: where its `to` and the parts of its trigger are.
    var triggerPositions: [TriggerPositions]
    /// Parallel to `scenario.expectations`: each `milestone` value.
    var expectationPositions: [SourcePosition?]
    /// Parallel to `scenario.contacts`: each `contact` value.
    var contactPositions: [SourcePosition?]

    /// Where each named thing of one inject's trigger is written.
    struct TriggerPositions {
        /// The inject's `to` value.
        var to: SourcePosition?
        var runbook: SourcePosition?
        var step: SourcePosition?
        var option: SourcePosition?
        var milestone: SourcePosition?
    }
}
