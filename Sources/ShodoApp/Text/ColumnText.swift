import TerminalUI

/// Table cells of fixed width, for the journal browser and the timeline.
enum ColumnText {
    /// `text` cut to leave one blank column, then padded with spaces to exactly `width` columns (at least one space).
    static func fit(_ text: String, width: Int) -> String {
        let shown = TextTruncation.truncate(text, toWidth: max(0, width - 1))
        return shown + String(repeating: " ", count: max(1, width - DisplayWidth.of(shown)))
    }
}
