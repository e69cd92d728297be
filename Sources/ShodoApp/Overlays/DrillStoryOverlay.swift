import TerminalUI

/// StartEx: the drill's story over its first step (docs/drill-scenario.md "File": `story`), under
/// the banner; taller than the window, it scrolls with `j`/`k`; any other key closes it.
enum DrillStoryOverlay {
    static func box(_ state: AppState) -> OverlayBox? {
        guard let drill = state.drill else { return nil }
        let text = state.text
        let lines = [
            StyledText(drill.title, style: Style.header.adding(.bold)), StyledText(""),
            StyledText(drill.text(drill.scenario.story)),
            StyledText(""), StyledText(text.storyClose, style: .muted),
        ]
        return OverlayBox(title: text.storyTitle, lines: lines, firstLine: state.overlayFirstLine)
    }
}
