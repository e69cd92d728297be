import TerminalUI

/// "Where am I": the runbook titles from the one the run started with to the current one.
///
/// The current runbook matters most and the first one says what the night is
/// about, so when the line is too narrow the titles between them go first
/// (replaced by `..`, the nearest parent kept longest), then the first title
/// is shortened, then left out, then the `..` too; the current one is cut only
/// when it alone does not fit.
enum Breadcrumb {
    static let separator = " > "
    static let dropped = ".."
    /// Columns a shortened first title keeps at least; with less it is left out.
    static let shortestRoot = 6

    /// `label` and the titles joined by `>`, at most `width` columns.
    static func line(label: String, titles: [String], width: Int) -> String {
        let prefix = label + " "
        let full = prefix + titles.joined(separator: separator)
        guard DisplayWidth.of(full) > width, let current = titles.last else { return full }
        guard titles.count > 1 else { return TextTruncation.truncate(full, toWidth: width) }
        let root = titles[0]
        var middle = Array(titles.dropFirst().dropLast())
        while !middle.isEmpty {
            middle.removeFirst()
            let candidate =
                prefix + ([root, dropped] + middle + [current]).joined(separator: separator)
            if DisplayWidth.of(candidate) <= width { return candidate }
        }
        let tail =
            separator
            + ((titles.count > 2 ? [dropped] : []) + [current]).joined(separator: separator)
        let rootRoom = width - DisplayWidth.of(prefix) - DisplayWidth.of(tail)
        if rootRoom >= shortestRoot {
            return prefix + TextTruncation.truncate(root, toWidth: rootRoom) + tail
        }
        let marked = prefix + [dropped, current].joined(separator: separator)
        if DisplayWidth.of(marked) <= width { return marked }
        return TextTruncation.truncate(prefix + current, toWidth: width)
    }

    /// Whether `line` can show the current title whole and the first one (shortened at most
    /// to `shortestRoot` columns) in `width` columns.
    static func showsEnds(label: String, titles: [String], width: Int) -> Bool {
        guard let current = titles.last else { return true }
        let tail = ((titles.count > 2 ? [dropped] : []) + [current]).joined(separator: separator)
        let shortest =
            titles.count > 1
            ? DisplayWidth.of(separator + tail) + shortestRoot : DisplayWidth.of(current)
        return DisplayWidth.of(label + " ") + shortest <= width
    }
}
