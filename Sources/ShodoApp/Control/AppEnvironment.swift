import ActionJournal
import Foundation
import Localization
import RunSession
import RunbookModel

/// What the app works with: the library, where journals go, who acts, and the clock.
///
/// Every effect reaches the app through a part of this environment (a port): nothing
/// here has a live default; `shodo` wires the live ones (docs/architecture.md, "Ports").
public struct AppEnvironment {
    /// The loaded runbooks, contacts and first principles.
    public var library: RunbookLibrary
    /// `ja` or `en`: the UI's words and the journal's `msg` lines.
    public var language: Language
    /// Where a new run's journal is written.
    public var journalDestination: JournalDestination
    /// The name given with `--operator`; when nil the start screen asks.
    public var operatorName: String?
    /// Keeps the name typed on the start screen for the next start.
    public var operatorMemory: any OperatorMemory
    /// Time for the journal, the elapsed time and the countdowns.
    public var clock: any JournalClock
    /// A new journal's id, what `journal.open` says of the machine, and the zone times are shown in.
    public var machineFacts: any MachineFacts
    /// How journal lines reach the disk (tests inject failures here).
    public var outputFactory: JournalOutputFactory
    /// Where the machine's seal key is kept; new journals are sealed while it
    /// holds a key. `nil` never seals.
    public var sealKeyStore: SealKeyStore?
    /// Where journals are read (read-only): the journal browser, and the unfinished run the start screen offers.
    public var journalCatalog: any JournalCatalog
    /// Opens the facilitator's control socket beside a drill's journal; `nil`: a drill has none.
    public var drillControl: (any DrillControlPort)?
    /// For the IT lead: the contacts are the bundled template or have blanks
    /// (`ContactsReadiness.warning`); shown once, on the first screen.
    public var contactsWarning: String?

    /// An environment from all its parts.
    public init(
        library: RunbookLibrary, language: Language, journalDestination: JournalDestination,
        operatorName: String?, operatorMemory: any OperatorMemory, clock: any JournalClock,
        machineFacts: any MachineFacts, outputFactory: JournalOutputFactory = .durable,
        sealKeyStore: SealKeyStore?, journalCatalog: any JournalCatalog,
        drillControl: (any DrillControlPort)?,
        contactsWarning: String? = nil
    ) {
        self.library = library
        self.language = language
        self.journalDestination = journalDestination
        self.operatorName = operatorName
        self.operatorMemory = operatorMemory
        self.clock = clock
        self.machineFacts = machineFacts
        self.outputFactory = outputFactory
        self.sealKeyStore = sealKeyStore
        self.journalCatalog = journalCatalog
        self.drillControl = drillControl
        self.contactsWarning = contactsWarning
    }
}
