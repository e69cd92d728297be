/// The bottom line of a screen: the keys that work there, as `[Enter] 完了  [s] スキップ`.
///
/// Draws in the first row of its area. When the hints do not fit, non-essential
/// hints are dropped from the end and `..` marks that some are hidden; if even
/// the essential ones do not fit, the line is cut at a grapheme and ends in `..`.
/// Keys are drawn in `.key`, labels and the rest of the row in `.keyHint`.
public struct KeyHintBar: Widget, Hashable, Sendable {
    /// The hints, most important first.
    public var hints: [KeyHint]

    /// A bar showing `hints` in order.
    public init(hints: [KeyHint]) {
        self.hints = hints
    }

    static let separator = "  "
    static let droppedMarker = ".."

    /// The hints that fit in `width` columns and whether any were dropped.
    public func visibleHints(forWidth width: Int) -> (hints: [KeyHint], droppedSome: Bool) {
        var kept = hints
        if Self.width(of: kept, droppedSome: false) <= width { return (kept, false) }
        while let index = kept.lastIndex(where: { !$0.isEssential }) {
            kept.remove(at: index)
            if Self.width(of: kept, droppedSome: true) <= width { break }
        }
        return (kept, true)
    }

    /// Draws the hints in the first row of `area`.
    public func draw(into grid: inout Grid, within area: Rect) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        grid.fill(line, style: .keyHint)
        let (kept, droppedSome) = visibleHints(forWidth: line.width)
        var spans = Self.spans(of: kept, droppedSome: droppedSome)
        if Self.width(of: spans) > line.width {
            spans = Self.cut(Self.spans(of: kept, droppedSome: false), toWidth: line.width)
        }
        var column = line.left
        for span in spans {
            column = grid.put(
                span.text, at: Point(column: column, row: line.top), style: span.style,
                clippedTo: line)
        }
    }

    private static func spans(of hints: [KeyHint], droppedSome: Bool) -> [StyledText] {
        var spans: [StyledText] = []
        for (index, hint) in hints.enumerated() {
            if index > 0 { spans.append(StyledText(separator, style: .keyHint)) }
            spans.append(StyledText("[\(hint.key)]", style: .key))
            if !hint.label.isEmpty { spans.append(StyledText(" \(hint.label)", style: .keyHint)) }
        }
        if droppedSome {
            if !spans.isEmpty { spans.append(StyledText(separator, style: .keyHint)) }
            spans.append(StyledText(droppedMarker, style: .muted))
        }
        return spans
    }

    private static func width(of hints: [KeyHint], droppedSome: Bool) -> Int {
        width(of: spans(of: hints, droppedSome: droppedSome))
    }

    private static func width(of spans: [StyledText]) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Cuts spans that are too wide for `width` so that they end in `..`.
    private static func cut(_ spans: [StyledText], toWidth width: Int) -> [StyledText] {
        let room = width - DisplayWidth.of(droppedMarker)
        guard room >= 0 else {
            return [
                StyledText(
                    TextTruncation.prefix(of: droppedMarker, fittingIn: width), style: .muted)
            ]
        }
        var result: [StyledText] = []
        var used = 0
        for span in spans {
            let spanWidth = DisplayWidth.of(span.text)
            if used + spanWidth <= room {
                result.append(span)
                used += spanWidth
            } else {
                let head = TextTruncation.prefix(of: span.text, fittingIn: room - used)
                if !head.isEmpty { result.append(StyledText(head, style: span.style)) }
                break
            }
        }
        result.append(StyledText(droppedMarker, style: .muted))
        return result
    }
}
