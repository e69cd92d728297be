import ActionJournal
import Foundation
import Localization
import RunSession
import RunbookModel

/// What the app works with: the library, where journals go, who acts, and the clock.
public struct AppEnvironment {
    /// The loaded runbooks, contacts and first principles.
    public var library: RunbookLibrary
    /// `ja` or `en`: the UI's words and the journal's `msg` lines.
    public var language: Language
    /// Where a new run's journal is written.
    public var journalDestination: JournalDestination
    /// Where unfinished runs are looked for.
    public var journalDirectory: String
    /// The name given with `--operator`; when nil the start screen asks.
    public var operatorName: String?
    /// Keeps the name typed on the start screen for the next start.
    public var operatorMemory: any OperatorMemory
    /// Time for the journal, the elapsed time and the countdowns.
    public var clock: any JournalClock
    /// How journal lines reach the disk (tests inject failures here).
    public var outputFactory: JournalOutputFactory
    /// The zone local times are shown in (the system's by default, looked up on first use).
    public var timeZone: TimeZone {
        get { zone.value }
        set { zone = LazyTimeZone(newValue) }
    }
    private var zone: LazyTimeZone
    /// Where the machine's seal key is kept; new journals are sealed while it
    /// holds a key. `nil` never seals (tests).
    public var sealKeyStore: SealKeyStore?
    /// Where the journal browser reads journals (read-only).
    public var journalCatalog: any JournalCatalog
    /// For the IT lead: the contacts are the bundled template or have blanks
    /// (`ContactsReadiness.warning`); shown once, on the first screen.
    public var contactsWarning: String?

    /// An environment from all its parts.
    public init(
        library: RunbookLibrary, language: Language, journalDestination: JournalDestination, journalDirectory: String,
        operatorName: String?, operatorMemory: any OperatorMemory, clock: any JournalClock = SystemJournalClock(),
        outputFactory: JournalOutputFactory = .durable, timeZone: TimeZone? = nil,
        sealKeyStore: SealKeyStore? = SealKeyStore.standard(), journalCatalog: (any JournalCatalog)? = nil,
        contactsWarning: String? = nil, sealKeyFile: String? = nil
    ) {
        self.library = library
        self.language = language
        self.journalDestination = journalDestination
        self.journalDirectory = journalDirectory
        self.operatorName = operatorName
        self.operatorMemory = operatorMemory
        self.clock = clock
        self.outputFactory = outputFactory
        zone = timeZone.map(LazyTimeZone.init) ?? LazyTimeZone()
        self.sealKeyStore = sealKeyStore
        self.journalCatalog = journalCatalog ?? DirectoryJournalCatalog(
            directory: journalDirectory, zone: zone, sealKeyFile: sealKeyFile)
        self.contactsWarning = contactsWarning
    }
}
