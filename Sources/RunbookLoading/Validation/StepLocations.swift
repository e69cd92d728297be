import Yams

/// Where the parts of one step are in its file, for the checks that run after parsing.
struct StepLocations {
    /// The step's mapping: where a missing key or an unreachable step is reported.
    var mapping: SourcePosition?
    var id: SourcePosition?
    var next: SourcePosition?
    var onFail: SourcePosition?
    /// The `on_unable` value (revision 2).
    var onUnable: SourcePosition?
    /// The step's `milestone` value (revision 2).
    var milestone: SourcePosition?
    /// One per option, in order: the option's `milestone` value, if written.
    var optionMilestonePositions: [SourcePosition?] = []
    /// One per option, in order: the option's `next` value, if written.
    var optionNextPositions: [SourcePosition?] = []
    /// The `runbook:` value of an include step.
    var includedRunbook: SourcePosition?
    /// The `contacts:` list of a contact step.
    var contactList: SourcePosition?
    /// One per contact id, in order.
    var contactIDs: [SourcePosition?] = []
    /// Every `{{NAME}}` in the step's texts.
    var placeholders: [PlaceholderUse] = []
}
