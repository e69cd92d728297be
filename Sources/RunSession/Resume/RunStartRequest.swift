import ActionJournal
import Foundation
import JournalVocabulary
import Localization
import RunEngine
import RunbookModel

/// Everything needed to start a new journaled run.
public struct RunStartRequest {
    public var runbookID: RunbookID
    public var machine: RunStateMachine
    /// Language of the `msg` lines and of what is shown.
    public var language: Language
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
    /// The new journal's id; chosen before the journal exists so that a drill stopped
    /// for a real incident can name the real journal (`real_jid`) before it is opened.
    public var jid: UUID
    /// The drill journal this real run was opened from (a real-world abort): its
    /// `journal.open` carries the drill journal's `jid` and last `h`.
    public var drillOrigin: DrillOrigin?
    public var clock: any JournalClock
    /// The new journal's id and what `journal.open` says of the machine.
    public var machineFacts: any MachineFacts
    public var outputFactory: JournalOutputFactory
    /// Where the machine's seal key is looked up: when it holds a key, the new journal is
    /// sealed (docs/journal.md "Sealing"). `nil` never seals. `shodo` passes the
    /// store in `$XDG_CONFIG_HOME/shodo/seal-key`.
    public var sealKeyStore: SealKeyStore?

    public init(
        runbookID: RunbookID, machine: RunStateMachine, language: Language, operatorName: String,
        destination: JournalDestination, isDrill: Bool = false,
        clock: any JournalClock, machineFacts: any MachineFacts,
        outputFactory: JournalOutputFactory = .durable,
        sealKeyStore: SealKeyStore?
    ) {
        self.runbookID = runbookID
        self.machine = machine
        self.language = language
        self.operatorName = operatorName
        self.destination = destination
        self.isDrill = isDrill
        self.clock = clock
        self.machineFacts = machineFacts
        self.outputFactory = outputFactory
        self.sealKeyStore = sealKeyStore
        self.scenario = nil
        self.jid = machineFacts.newJournalID()
        self.drillOrigin = nil
    }
}

/// The drill journal a real run was opened from: `drill_jid` and `drill_h` of the
/// real journal's `journal.open` (docs/drills.md "The real-world abort").
public struct DrillOrigin: Sendable, Hashable {
    /// The drill journal's `jid`.
    public var jid: UUID
    /// The `h` of the drill journal's last line.
    public var lastHash: String

    public init(jid: UUID, lastHash: String) {
        self.jid = jid
        self.lastHash = lastHash
    }

    /// The members `journal.open` of the real journal carries.
    var openMembers: [JSONMember] {
        [
            JSONMember(.drillJID, .string(jid.uuidString.lowercased())),
            JSONMember(.drillH, .string(lastHash)),
        ]
    }
}

/// Where a new run's journal is written.
public enum JournalDestination: Sendable, Hashable {
    /// A new file named per docs/journal.md "Where journals are", in this directory.
    case directory(String)
    /// Exactly this file (`--journal FILE`); it must not exist yet.
    case file(String)
}
