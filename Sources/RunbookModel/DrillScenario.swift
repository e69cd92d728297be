/// A drill or tabletop exercise over one runbook (docs/drill-scenario.md "File").
///
/// Every time in it (`at`, `by`, `delay`, `target`, `reachable_after`) is whole
/// seconds on the drill clock, which starts at StartEx and stops while paused.
public struct DrillScenario: Sendable, Hashable, Identifiable {
    public var format: Int
    public var id: String
    /// The journal records it with the file's SHA-256.
    public var version: Int
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// Default language of plain strings (`ja` when absent).
    public var language: String
    /// Languages every text must provide.
    public var languages: [String]
    public var type: DrillType
    /// The runbook the drill runs.
    public var runbookID: String
    /// The BCP / check-table items exercised (`確認表 1-2`), carried into reports.
    public var exercises: [String]
    public var roles: [DrillRole]
    /// Shown at StartEx.
    public var story: LocalizedText
    public var contacts: [SimulatedContact]
    public var injects: [Inject]
    public var expectations: [DrillExpectation]
    public var rating: DrillRating
    /// Tabletop time boxes.
    public var modules: [DrillModule]
    /// Asked after EndEx, in order.
    public var hotWash: [LocalizedText]
    /// Where it was loaded from, as given.
    public var sourcePath: String
    /// Lowercase hex SHA-256 of the file's bytes; journaled with every drill.
    public var sourceSHA256: String

    public init(
        format: Int = 1, id: String, version: Int, title: LocalizedText,
        summary: LocalizedText? = nil,
        language: String = LocalizedText.defaultLanguage, languages: [String] = [], type: DrillType,
        runbookID: String,
        exercises: [String] = [], roles: [DrillRole] = [], story: LocalizedText,
        contacts: [SimulatedContact] = [],
        injects: [Inject] = [], expectations: [DrillExpectation] = [],
        rating: DrillRating = .passFail,
        modules: [DrillModule] = [], hotWash: [LocalizedText] = [], sourcePath: String = "",
        sourceSHA256: String = ""
    ) {
        self.format = format
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.language = language
        self.languages = languages
        self.type = type
        self.runbookID = runbookID
        self.exercises = exercises
        self.roles = roles
        self.story = story
        self.contacts = contacts
        self.injects = injects
        self.expectations = expectations
        self.rating = rating
        self.modules = modules
        self.hotWash = hotWash
        self.sourcePath = sourcePath
        self.sourceSHA256 = sourceSHA256
    }

    /// The inject with that id, if any.
    public func inject(_ id: String) -> Inject? {
        injects.first { $0.id == id }
    }

    /// The simulated contact for a contact id, if the scenario scripts one.
    public func simulatedContact(_ id: String) -> SimulatedContact? {
        contacts.first { $0.contact == id }
    }
}

/// How a drill is played.
public enum DrillType: String, Sendable, Hashable, CaseIterable {
    /// Players do the runbook's steps; contacts are simulated.
    case functional
    /// A room discusses each step; one person drives.
    case tabletop
    /// Only the contact steps, calling the real numbers.
    case comcheck

    /// Whether the drill's contacts are played by the facilitator and the scenario's
    /// scripts, so no real number is shown (docs/drill-scenario.md "Contacts in a drill"):
    /// every type but `comcheck`, which exists to call the real numbers.
    public var simulatesContacts: Bool { self != .comcheck }
}

/// How observations are rated.
public enum DrillRating: String, Sendable, Hashable, CaseIterable {
    case passFail = "pass-fail"
    /// HSEEP: Performed without challenges / with Some / with Major challenges / Unable.
    case psmu

    /// The marks an observation may carry under this rating.
    public var marks: [String] {
        switch self {
        case .passFail: return ["pass", "fail"]
        case .psmu: return ["P", "S", "M", "U"]
        }
    }
}

/// What an improvement item of a drill is about (docs/drill-scenario.md "Journal of a drill": `improvement.recorded`).
public enum ImprovementCategory: String, Sendable, Hashable, CaseIterable {
    case runbook, bcp, contacts, equipment, training, other
}

/// Someone who plays in the drill.
public struct DrillRole: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: LocalizedText

    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// A contact of the contacts file, played by the facilitator (or by Shodo when none is attached).
public struct SimulatedContact: Sendable, Hashable {
    /// The contact id in the contacts file.
    public var contact: String
    /// What the person called says once reached.
    public var script: LocalizedText?
    /// Drill-clock seconds before which a call goes unanswered.
    public var reachableAfterSeconds: Int

    public init(contact: String, script: LocalizedText? = nil, reachableAfterSeconds: Int = 0) {
        self.contact = contact
        self.script = script
        self.reachableAfterSeconds = reachableAfterSeconds
    }
}

/// A message delivered to the players during a drill.
public struct Inject: Sendable, Hashable, Identifiable {
    public var id: String
    public var text: LocalizedText
    /// The role it is addressed to.
    public var to: String?
    public var trigger: InjectTrigger

    public init(id: String, text: LocalizedText, to: String? = nil, trigger: InjectTrigger) {
        self.id = id
        self.text = text
        self.to = to
        self.trigger = trigger
    }
}

/// What makes an inject fire; each inject has exactly one.
public enum InjectTrigger: Sendable, Hashable {
    /// At that drill-clock second.
    case at(seconds: Int)
    /// `delaySeconds` after that step is completed in any way.
    case afterStep(runbook: String, step: String, delaySeconds: Int)
    /// `delaySeconds` after that option is chosen.
    case onChoice(runbook: String, step: String, option: String, delaySeconds: Int)
    /// A contingency: at `bySeconds`, only if the milestone has not been reached.
    case unless(milestone: String, bySeconds: Int)
    /// Only when the facilitator fires it.
    case manual

    /// The trigger's name in the journal's `inject.delivered`.
    public var journalName: String {
        switch self {
        case .at: "timed"
        case .afterStep: "step"
        case .onChoice: "choice"
        case .unless: "contingency"
        case .manual: "manual"
        }
    }
}

/// A milestone the players should reach by a drill-clock time.
public struct DrillExpectation: Sendable, Hashable {
    public var milestone: String
    public var targetSeconds: Int
    public var required: Bool

    public init(milestone: String, targetSeconds: Int, required: Bool = true) {
        self.milestone = milestone
        self.targetSeconds = targetSeconds
        self.required = required
    }
}

/// A tabletop time box.
public struct DrillModule: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var minutes: Int
    public var questions: [LocalizedText]

    public init(id: String, title: LocalizedText, minutes: Int, questions: [LocalizedText] = []) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.questions = questions
    }
}
