import TerminalUI

/// Draws the whole terminal from the state: a pure function of `AppState` and the size.
public enum AppRenderer {
    /// The smallest window the screens are laid out for: below it, only a request to enlarge
    /// (docs/cli.md "Keys in the terminal UI").
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
        DrillChrome.draw(
            state, into: &grid, within: DrillChrome.split(state, bounds: grid.bounds).top)
        let body = ScreenChrome.drawBottom(state, into: &grid)
        var cursor = body.cursor
        let screenCursor = drawScreen(state, into: &grid, within: body.content)
        if cursor == nil { cursor = screenCursor }
        overlayBox(state)?.draw(into: &grid, within: overlayArea(body.content))
        return RenderedScreen(grid: grid, cursor: state.overlay == nil ? cursor : nil)
    }

    /// Overlays leave the title bar and the line under it (the clock, where the operator is) in view.
    private static func overlayArea(_ content: Rect) -> Rect {
        content.dividedFromTop(2).remainder
    }

    /// The open overlay's box, if any.
    private static func overlayBox(_ state: AppState) -> OverlayBox? {
        switch state.overlay {
        case .help: HelpOverlay.box(state)
        case .why: WhyOverlay.box(state)
        case .quitConfirmation: QuitConfirmation.box(state)
        case .realWorldConfirmation: RealWorldConfirmation.box(state)
        case .drillStory: DrillStoryOverlay.box(state)
        case nil: nil
        }
    }

    /// The largest useful `overlayFirstLine` for `state` at `size`.
    static func maximumOverlayFirstLine(_ state: AppState, size: Size) -> Int {
        var scratch = Grid(size: size)
        let content = ScreenChrome.drawBottom(state, into: &scratch).content
        return overlayBox(state)?.maximumFirstLine(within: overlayArea(content)) ?? 0
    }

    /// Draws the screen itself above the bottom lines; returns its cursor, if it has a field.
    private static func drawScreen(_ state: AppState, into grid: inout Grid, within area: Rect)
        -> Point?
    {
        switch state.screen {
        case .operatorEntry: return StartScreen.draw(state, into: &grid, within: area)
        case .resumeOffer(let offer):
            ResumeOfferScreen.draw(offer, state: state, into: &grid, within: area)
        case .triage: TriageScreen.draw(state, into: &grid, within: area)
        case .runbookList: return RunbookListScreen.draw(state, into: &grid, within: area)
        case .journalBrowser: JournalBrowserScreen.draw(state, into: &grid, within: area)
        case .journalTimeline: JournalTimelineScreen.draw(state, into: &grid, within: area)
        case .drillSummary: DrillSummaryScreen.draw(state, into: &grid, within: area)
        case .step: return StepScreen.draw(state, into: &grid, within: area)
        case .paused: PausedScreen.draw(state, into: &grid, within: area)
        case .end: EndScreen.draw(state, into: &grid, within: area)
        case .journalError(let detail):
            JournalErrorScreen.draw(detail, state: state, into: &grid, within: area)
        }
        return nil
    }
}
