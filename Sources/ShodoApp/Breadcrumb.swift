import TerminalUI

/// "Where am I": the runbook titles from the one the run started with to the current one.
///
/// The current runbook matters most, so when the line is too narrow the
/// outer titles are dropped first (replaced by `..`) and the current one is
/// cut only when it alone does not fit.
enum Breadcrumb {
    static let separator = " > "
    static let dropped = ".."

    /// `label` and the titles joined by `>`, at most `width` columns.
    static func line(label: String, titles: [String], width: Int) -> String {
        let prefix = label + " "
        let full = prefix + titles.joined(separator: separator)
        guard DisplayWidth.of(full) > width, let current = titles.last else { return full }
        var kept = [current]
        for title in titles.dropLast().reversed() {
            let candidate = prefix + ([dropped, title] + kept).joined(separator: separator)
            guard DisplayWidth.of(candidate) <= width else { break }
            kept.insert(title, at: 0)
        }
        let shown = kept.count < titles.count ? [dropped] + kept : kept
        return TextTruncation.truncate(prefix + shown.joined(separator: separator), toWidth: width)
    }
}
