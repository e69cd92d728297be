/// An unfinished run offered for resuming, as the start screen shows it.
public struct ResumeOffer: Hashable, Sendable {
    /// The journal file to resume.
    public var journalPath: String
    /// The runbook's title in the operator's language (its id when not loaded).
    public var runbookTitle: String
    /// The title of the last step the journal names, if any.
    public var lastStepTitle: String?
    /// The local time of the last record, already formatted.
    public var lastActivity: String
    /// Who acted last.
    public var lastActor: String
    /// Whether the journal is a drill's: the offer then says so first.
    public var isDrill: Bool

    /// An offer with every shown value.
    public init(
        journalPath: String, runbookTitle: String, lastStepTitle: String?, lastActivity: String,
        lastActor: String,
        isDrill: Bool = false
    ) {
        self.isDrill = isDrill
        self.journalPath = journalPath
        self.runbookTitle = runbookTitle
        self.lastStepTitle = lastStepTitle
        self.lastActivity = lastActivity
        self.lastActor = lastActor
    }
}
