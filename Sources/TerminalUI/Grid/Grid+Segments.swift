import TerminalSafety

extension Grid {
    /// One drawable cell's worth of text: a spacing scalar and the marks after it.
    struct Segment: Equatable {
        var text: String
        var width: Int
    }

    /// Splits text into what ncurses puts in one cell each: every scalar of width
    /// 1 or 2 starts a segment and zero-width scalars join the current one.
    ///
    /// For ordinary text a segment is a grapheme. Clusters of several spacing
    /// scalars (emoji ZWJ sequences, flags) become several segments, exactly as
    /// ncursesw lays them out, so the model and the terminal never disagree.
    static func segments(of text: some StringProtocol) -> [Segment] {
        var result: [Segment] = []
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(Segment(text: " ", width: 1))
                continue
            }
            // Never drawn, so never interpreted: controls take no column in the
            // layout, and a bidi override would reorder what the terminal shows.
            if DisplayWidth.isControl(scalar) || TerminalSafeText.isUnsafe(scalar) { continue }
            let width = DisplayWidth.of(scalar)
            if width > 0 {
                result.append(Segment(text: String(scalar), width: width))
            } else if !result.isEmpty {
                result[result.count - 1].text.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
