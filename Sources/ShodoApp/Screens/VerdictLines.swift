import JournalSummaries
import TerminalUI

/// The verifier's verdict as the top of a journal's screens shows it (the timeline, a
/// drill's summary): wrapped, `!!` before a verdict that failed, coloured by its level.
enum VerdictLines {
    /// Most rows the verdict may take.
    static let maximumRows = 6

    /// The verdict's sentences wrapped to `width`, at most `maximumRows`.
    static func lines(_ verdict: JournalVerdict, text: UIText, width: Int) -> [String] {
        let isIntact = verdict.level != .failed
        let wrapped = text.verdictSentences(verdict).enumerated().flatMap { index, sentence in
            TextWrapper.wrap(
                index == 0 && !isIntact ? "!! " + sentence : sentence, width: max(1, width))
        }
        return Array(wrapped.prefix(maximumRows))
    }

    /// Green, amber or red, bold.
    static func style(_ verdict: JournalVerdict) -> Style {
        switch verdict.level {
        case .proven: Style.success.adding(.bold)
        case .partlyChecked: Style.caution.adding(.bold)
        case .failed: Style.error.adding(.bold)
        }
    }
}
