/// Everything a key can do somewhere in the app, for the bottom line and the help overlay.
///
/// The key table (`KeyTable`) binds each to its keys on each screen; `UIText`
/// gives its short label (the bottom line) and its longer description (the
/// help overlay).
public enum KeyCommand: Hashable, Sendable, CaseIterable {
    case done
    case confirm
    case fail
    case skip
    case unable
    case pickOption
    case pickSelected
    case moveSelection
    case scroll
    case scrollPage
    case note
    case evidence
    case runLocally
    case why
    case back
    case pause
    case help
    case quit
    case pickContact
    case callReached
    case callNoAnswer
    case callLeftMessage
    case nextAfterCalls
    case endWaitEarly
    case enterInput
    case submitInput
    case leaveInput
    case submitPrompt
    case cancelPrompt
    case submitName
    case resumeYes
    case resumeNo
    case search
    case startRunbook
    case backToTriage
    case resumePaused
    case abort
    case closeOverlay
    case quitYes
    case quitNo
    case finishEnd
    case journals
    case openJournal
    case filterKind
    case filterOperator
    case enterCode
    case backToJournals
    case markSymptom
    case startPending
    case filterDrills
    case drillSummary
    case acknowledgeInject
    case realWorld
    case realWorldYes
    case recordDecision
    case answerHotWash

    /// Kept on a narrow bottom line when other hints are dropped.
    public var isEssential: Bool {
        switch self {
        case .help, .quit, .submitPrompt, .cancelPrompt, .quitYes, .quitNo, .submitInput,
            .leaveInput, .acknowledgeInject,
            .realWorldYes:
            true
        default: false
        }
    }
}
