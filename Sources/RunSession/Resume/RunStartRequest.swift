import ActionJournal
import RunEngine
import RunbookModel

/// Everything needed to start a new journaled run.
public struct RunStartRequest {
    public var runbookID: String
    public var machine: RunStateMachine
    /// Language of the `msg` lines and of what is shown.
    public var language: String
    public var operatorName: String
    public var destination: JournalDestination
    /// True for exercises: journaled with `drill: true` in `journal.open`.
    public var isDrill: Bool
    /// The scenario of a drill: `journal.open` names it (id, version, SHA-256), the file
    /// name starts with `DRILL-`, and the journal stays open after the run ends for the
    /// hot wash and `drill.ended`. Setting it makes `isDrill` true.
    public var scenario: DrillScenario? {
        didSet { if scenario != nil { isDrill = true } }
    }
    /// For the real journal a drill's real-world abort opens: the drill journal's jid and
    /// last `h`, written into `journal.open` as `drill_jid` and `drill_h`.
    public var abortedDrill: (jid: String, lastHash: String)?
    public var clock: any JournalClock
    public var outputFactory: JournalOutputFactory
    /// Where the machine's seal key is looked up: when it holds a key, the new journal is
    /// sealed (journal-format.md, "Sealing"). `nil` never seals. The default is the
    /// standard place, `$XDG_CONFIG_HOME/shodo/seal-key`.
    public var sealKeyStore: SealKeyStore?

    public init(
        runbookID: String, machine: RunStateMachine, language: String, operatorName: String,
        destination: JournalDestination, isDrill: Bool = false,
        clock: any JournalClock = SystemJournalClock(), outputFactory: JournalOutputFactory = .durable,
        sealKeyStore: SealKeyStore? = SealKeyStore.standard()
    ) {
        self.runbookID = runbookID
        self.machine = machine
        self.language = language
        self.operatorName = operatorName
        self.destination = destination
        self.isDrill = isDrill
        self.clock = clock
        self.outputFactory = outputFactory
        self.sealKeyStore = sealKeyStore
        self.scenario = nil
        self.abortedDrill = nil
    }
}

/// Where a new run's journal is written.
public enum JournalDestination: Sendable, Hashable {
    /// A new file named per journal-format.md in this directory.
    case directory(String)
    /// Exactly this file (`--journal FILE`); it must not exist yet.
    case file(String)
}
