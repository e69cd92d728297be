/// A box drawn over the current screen; keys go to it until it closes.
public enum AppOverlay: Hashable, Sendable {
    /// Every key of the screen below (`?`).
    case help
    /// Why the current step matters (`w`).
    case why
    /// `終了しますか？ (y/n)` while a run is open (`q`).
    case quitConfirmation
    /// 「これは実際のインシデントです」 during a drill (`!`): `y` stops the drill and opens a real run.
    case realWorldConfirmation
    /// A drill's story, shown at StartEx over its first step; any key closes it.
    case drillStory
}
