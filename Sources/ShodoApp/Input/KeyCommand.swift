/// Everything a key can do somewhere in the app, for the bottom line and the help overlay.
///
/// Each command knows the key it is bound to; `UIText` gives its short label
/// (the bottom line) and its longer description (the help overlay).
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

    /// The key as shown in brackets on the bottom line (`ScreenKeys.keyName` names
    /// the number keys by the length of the list they pick from).
    public var keyName: String {
        switch self {
        case .done, .confirm, .pickSelected, .nextAfterCalls, .endWaitEarly, .submitInput,
            .submitPrompt, .submitName, .startRunbook, .resumePaused, .finishEnd, .openJournal, .startPending, .answerHotWash:
            "Enter"
        case .enterInput: "Enter/i"
        case .fail, .filterKind, .filterDrills: "f"
        case .skip: "s"
        case .unable: "c"
        case .pickOption, .pickContact: "1-9"
        case .moveSelection, .scroll: "j/k"
        case .scrollPage: "PgUp/PgDn"
        case .note: "n"
        case .evidence: "e"
        case .why: "w"
        case .back: "b"
        case .pause: "p"
        case .help: "?"
        case .quit: "q"
        case .callReached, .runLocally, .drillSummary: "r"
        case .callNoAnswer: "a"
        case .callLeftMessage: "m"
        case .leaveInput, .cancelPrompt, .closeOverlay: "Esc"
        case .backToTriage, .backToJournals: "Esc/b"
        case .resumeYes, .quitYes, .realWorldYes: "y"
        case .acknowledgeInject: "o"
        case .realWorld: "!"
        case .recordDecision: "d"
        case .resumeNo, .quitNo: "n"
        case .search: "/"
        case .abort: "x"
        case .journals: "l"
        case .filterOperator: "o"
        case .enterCode: "v"
        case .markSymptom: "Space"
        }
    }

    /// Kept on a narrow bottom line when other hints are dropped.
    public var isEssential: Bool {
        switch self {
        case .help, .quit, .submitPrompt, .cancelPrompt, .quitYes, .quitNo, .submitInput, .leaveInput, .acknowledgeInject,
            .realWorldYes:
            true
        default: false
        }
    }
}
