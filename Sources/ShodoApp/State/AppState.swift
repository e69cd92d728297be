import ActionJournal
import Localization
import RunEngine
import TerminalUI

/// Everything the screens draw, as one plain value.
///
/// Only `AppController` changes it; `Keymap` reads it to interpret keys and
/// the screens read it to draw.
public struct AppState: Hashable, Sendable {
    /// The words of the UI come in this language (`ja` or `en`).
    public var language: Language
    /// Which screen fills the terminal.
    public var screen: AppScreen
    /// A box over the screen, if any.
    public var overlay: AppOverlay?
    /// The first line shown of an overlay taller than the window.
    public var overlayFirstLine = 0
    /// The open input line, if any.
    public var prompt: LinePrompt?
    /// The line that says what just happened.
    public var message: StatusMessage?
    /// The operator's name as typed on the start screen.
    public var operatorField: TextFieldState
    /// Why the name was refused, if it was.
    public var operatorProblem: String?
    /// For the IT lead, on the start screen: the contacts are the template or have blanks.
    public var contactsWarning: String?
    /// The first principles, in the operator's language.
    public var principles: [String]
    /// The triggers offered on the triage screen (the "browse all" entry follows them).
    public var triageEntries: [TriageEntry]
    /// The highlighted triage entry (`triageEntries.count` is "browse all").
    public var triageSelection = 0
    /// The triage entries marked as true with Space (indices into `triageEntries`).
    public var triageMarks: Set<Int> = []
    /// Marked entries whose runbooks are still to run, most urgent first; the end screen offers the first.
    public var pendingTriage: [TriageEntry] = []
    /// Every runbook, for the list.
    public var runbookEntries: [RunbookListEntry]
    /// The search text of the list.
    public var search = TextFieldState()
    /// Whether keys go into the search field.
    public var isSearching = false
    /// The highlighted row of the filtered list.
    public var listSelection = 0
    /// The journals the browser lists, newest first (loaded when it opens).
    public var journalSummaries: [JournalRow] = []
    /// Which journals the browser lists (`f`: all, real incidents, drills).
    public var journalDrillFilter = JournalDrillFilter.all
    /// The highlighted row of the journal browser (of `visibleJournalSummaries`).
    public var journalSelection = 0
    /// The drill summary the browser opened (`r` on a drill journal).
    public var drillSummaryView: DrillSummaryView?
    /// For the facilitator, on the start screen: when the last drill was.
    public var lastDrillNotice: LastDrillNotice?
    /// The journal the timeline shows, with its filters.
    public var timelineView: JournalTimelineView?
    /// The verification codes typed in the timeline (`v`), by journal path.
    public var expectedCodes: [String: VerificationCode] = [:]
    /// The open (or just ended or paused) run.
    public var run: RunSnapshot?
    /// The drill the open run belongs to; nil for a real run.
    public var drill: DrillSnapshot?
    /// The step screen's own state.
    public var stepView = StepViewState()
    /// The wall clock when the state was last brought up to date (µs since 1970).
    public var nowMicroseconds: Int64 = 0

    /// A state on `screen` with the library's triage and list entries.
    public init(
        language: Language, screen: AppScreen, operatorName: String = "", principles: [String] = [],
        triageEntries: [TriageEntry] = [], runbookEntries: [RunbookListEntry] = []
    ) {
        self.language = language
        self.screen = screen
        self.operatorField = TextFieldState(text: operatorName)
        self.principles = principles
        self.triageEntries = triageEntries
        self.runbookEntries = runbookEntries
    }

    /// The UI's words in the state's language.
    public var text: UIText { UIText(language: language) }

    /// The runbooks the search lets through, in list order.
    public var filteredRunbooks: [RunbookListEntry] {
        runbookEntries.filter { $0.matches(search.text) }
    }

    /// The journals the browser's filter lets through, newest first.
    public var visibleJournalSummaries: [JournalRow] {
        journalSummaries.filter(journalDrillFilter.admits)
    }

    /// How many entries the triage list has, "browse all" included.
    public var triageEntryCount: Int { triageEntries.count + 1 }

    /// Whether a run is open, so that quitting asks first.
    public var hasOpenRun: Bool { run?.isOpen ?? false }

    /// The current step, when the step screen shows one.
    public var currentStep: StepPresentation? {
        guard screen == .step else { return nil }
        return run?.presentation
    }

    /// Seconds since the run started, by the state's clock.
    public var elapsedSeconds: Int {
        guard let run else { return 0 }
        let end = run.endedAtMicroseconds ?? nowMicroseconds
        return Int(max(0, end - run.startedAtMicroseconds) / 1_000_000)
    }
}
