import Localization
import RunEngine
import RunbookModel

/// What the player's screens show of a drill (docs/drill-scenario.md "Running"), copied
/// from the `DrillSession` after every change, so that drawing stays a pure function
/// of `AppState`. The milestones' target times are not here on purpose: they are the
/// facilitator's, never the player's.
public struct DrillSnapshot: Hashable, Sendable {
    /// The drill clock, the injects delivered and acknowledged, the scenario.
    public var progress: DrillProgress
    /// The language the scenario's texts are shown in (the run's).
    public var language: Language
    /// Tabletop: every step also asks for the decision, its rationale and who decided.
    public var isTabletop: Bool
    /// The steps a decision was recorded for.
    public var decidedSteps: Set<String>
    /// Hot-wash questions answered so far.
    public var hotWashAnswered: Int
    /// Whether `drill.ended` is on disk.
    public var hasEnded: Bool

    /// A snapshot from its values.
    public init(
        progress: DrillProgress, language: Language, isTabletop: Bool,
        decidedSteps: Set<String> = [],
        hotWashAnswered: Int = 0, hasEnded: Bool = false
    ) {
        self.progress = progress
        self.language = language
        self.isTabletop = isTabletop
        self.decidedSteps = decidedSteps
        self.hotWashAnswered = hotWashAnswered
        self.hasEnded = hasEnded
    }

    public var scenario: DrillScenario { progress.scenario }

    /// A text of the scenario in the snapshot's language (the one place the scenario's texts are resolved here).
    public func text(_ text: LocalizedText) -> String {
        text.resolved(preferred: language, fallback: scenario.language)
    }

    /// The scenario's title.
    public var title: String { text(scenario.title) }

    /// Contacts are played, not called: no real number shows (all but a `comcheck`).
    public var simulatesContacts: Bool { scenario.type.simulatesContacts }

    /// Delivered injects still to acknowledge, oldest first: the cards on screen.
    public var cards: [Inject] { progress.awaitingAcknowledgement }

    /// The next hot-wash question (number from 1, and its text), once the run has ended; nil when none is left.
    public func hotWashQuestion(runEnded: Bool) -> (number: Int, text: String)? {
        guard runEnded, !hasEnded, hotWashAnswered < scenario.hotWash.count else { return nil }
        return (hotWashAnswered + 1, text(scenario.hotWash[hotWashAnswered]))
    }
}
