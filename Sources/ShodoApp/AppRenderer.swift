import TerminalUI

/// Draws the whole terminal from the state: a pure function of `AppState` and the size.
public enum AppRenderer {
    /// The smallest window the screens are laid out for (cli.md: below it, only a request to enlarge).
    public static let minimumSize = Size(width: 60, height: 18)

    /// Whether `size` is too small to show anything but the request to enlarge.
    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// The frame for `state` at `size`.
    public static func render(_ state: AppState, size: Size) -> RenderedScreen {
        var grid = Grid(size: size)
        if isTooSmall(size) {
            EnlargeWindowScreen.draw(size: size, minimum: minimumSize, into: &grid)
            return RenderedScreen(grid: grid)
        }
        let body = ScreenChrome.drawBottom(state, into: &grid)
        var cursor = body.cursor
        let screenCursor = drawScreen(state, into: &grid, within: body.content)
        if cursor == nil { cursor = screenCursor }
        // Overlays leave the title bar and the line under it (the clock, where the operator is) in view.
        let overlayArea = body.content.dividedFromTop(2).remainder
        switch state.overlay {
        case .help: HelpOverlay.draw(state, into: &grid, within: overlayArea)
        case .why: WhyOverlay.draw(state, into: &grid, within: overlayArea)
        case .quitConfirmation: QuitConfirmation.draw(state, into: &grid, within: overlayArea)
        case nil: break
        }
        return RenderedScreen(grid: grid, cursor: state.overlay == nil ? cursor : nil)
    }

    /// Draws the screen itself above the bottom lines; returns its cursor, if it has a field.
    private static func drawScreen(_ state: AppState, into grid: inout Grid, within area: Rect) -> Point? {
        switch state.screen {
        case .operatorEntry: return StartScreen.draw(state, into: &grid, within: area)
        case .resumeOffer(let offer): ResumeOfferScreen.draw(offer, state: state, into: &grid, within: area)
        case .triage: TriageScreen.draw(state, into: &grid, within: area)
        case .runbookList: return RunbookListScreen.draw(state, into: &grid, within: area)
        case .journalBrowser: JournalBrowserScreen.draw(state, into: &grid, within: area)
        case .journalTimeline: JournalTimelineScreen.draw(state, into: &grid, within: area)
        case .step: return StepScreen.draw(state, into: &grid, within: area)
        case .paused: PausedScreen.draw(state, into: &grid, within: area)
        case .end: EndScreen.draw(state, into: &grid, within: area)
        case .journalError(let detail): JournalErrorScreen.draw(detail, state: state, into: &grid, within: area)
        }
        return nil
    }
}
