import RunEngine
import TerminalUI

/// What a key means on the current screen, before anything happens.
public enum AppIntent: Hashable, Sendable {
    /// The key does nothing here.
    case ignore
    /// Edit the operator's name.
    case editOperatorName(Key)
    /// Accept the operator's name.
    case submitOperatorName
    /// Resume the offered unfinished run.
    case acceptResume
    /// Leave it and go to triage.
    case declineResume
    /// Move the highlight in the current list by this many rows.
    case moveSelection(Int)
    /// Pick the triage entry at this index (the last one browses all runbooks).
    case pickTriageEntry(Int)
    /// Mark or unmark the triage entry at this index as true (several may be).
    case toggleTriageMark(Int)
    /// Start the most urgent marked triage entry; the others are journaled and offered at the end.
    case startMarkedTriage
    /// On the end screen: start the runbook of the next entry that was also marked.
    case startPendingRunbook
    /// Open the runbook list, searching at once when true.
    case openRunbookList(searching: Bool)
    /// Put keys into the search field.
    case startSearch
    /// Edit the search text.
    case editSearch(Key)
    /// Stop typing into the search field (the filter stays).
    case endSearch
    /// Start the runbook at this row of the filtered list.
    case pickRunbook(Int)
    /// Back from the list to triage.
    case backToTriage
    /// Open the journal browser (from triage).
    case openJournalBrowser
    /// Open the timeline of the journal at this row of the browser.
    case openJournalTimeline(Int)
    /// List the next kind of journal in the browser: all, real incidents only, drills only.
    case cycleJournalDrillFilter
    /// Open the after-action summary of the drill journal at this row of the browser.
    case openDrillSummary(Int)
    /// Show the next kind of record on the timeline.
    case cycleTimelineKindFilter
    /// Show the next actor's records on the timeline.
    case cycleTimelineOperatorFilter
    /// Back from the timeline to the journal browser.
    case backToJournalBrowser
    /// Journal an operator action on the open run.
    case perform(OperatorAction)
    /// Highlight the contact at this index of a contact step.
    case selectContact(Int)
    /// Put keys into the input step's field.
    case focusInputField
    /// Let keys act as commands on an input step.
    case leaveInputField
    /// Edit the input step's value.
    case editInput(Key)
    /// Submit the input step's value.
    case submitInput
    /// Scroll the step's text by this many lines.
    case scroll(Int)
    /// Open the input line for `purpose`.
    case openPrompt(PromptPurpose)
    /// Edit the input line.
    case editPrompt(Key)
    /// Accept the input line.
    case submitPrompt
    /// Close the input line without acting.
    case cancelPrompt
    /// Show a message without acting (a key that needs something first).
    case notice(StatusMessage)
    /// Open an overlay.
    case showOverlay(AppOverlay)
    /// Close the overlay.
    case closeOverlay
    /// Pause the run and leave (the `y` of the quit confirmation).
    case confirmQuit
    /// Leave at once (no run open).
    case quit
    /// Resume a run paused with `p`.
    case resumePausedRun
    /// A drill: acknowledge the delivered inject with this id (`inject.acknowledged`).
    case acknowledgeInject(String)
    /// A drill: 「これは実際のインシデントです」 confirmed; stop the drill and open a real run.
    case confirmRealWorld
}
