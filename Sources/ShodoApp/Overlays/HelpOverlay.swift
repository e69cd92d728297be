import TerminalUI

/// `?`: every key of the screen below with what it does; on a step, also `x` to abort the run.
/// Taller than the window, it scrolls with `j`/`k`; any other key closes it.
///
/// Abort is not on the key line on purpose (docs/terminal-ui.md "Keys": `x` on the help
/// screen only): ending the whole run should take a deliberate second step.
enum HelpOverlay {
    static func box(_ state: AppState) -> OverlayBox {
        let text = state.text
        var below = state
        below.overlay = nil
        var lines = ScreenKeys.listed(in: below).compactMap { binding in
            binding.command.map {
                StyledText("[\(binding.keyName)] \(text.label($0)): \(text.explanation($0))")
            }
        }
        if state.hasOpenRun && state.screen == .step {
            lines.append(StyledText(""))
            lines.append(StyledText(text.helpAbortLine, style: Style.caution.adding(.bold)))
        }
        lines.append(StyledText(""))
        lines.append(StyledText(text.helpJournalNote, style: .muted))
        lines.append(StyledText(text.helpClose, style: .muted))
        return OverlayBox(title: text.helpTitle, lines: lines, firstLine: state.overlayFirstLine)
    }
}
