/// Where the UI opens once the operator's name is known.
public enum AppRoute: Hashable, Sendable {
    /// `shodo`: offer an unfinished run if there is one, else triage.
    case triage
    /// `shodo run ID`: straight to the runbook's first step.
    case runbook(String)
    /// `shodo resume [JOURNAL]`: the run in this journal, at the step where it stopped.
    case resume(journalPath: String)
    /// `shodo journal browse`: the journal browser (read-only), for the IT lead.
    case journals
    /// `shodo drill SCENARIO [--team NAME] [--tabletop]`: the scenario's runbook as a drill, under the exercise banner.
    case drill(scenarioID: String, team: String?, tabletop: Bool)
}
