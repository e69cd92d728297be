/// Wraps text into lines no wider than a number of columns.
///
/// Contract:
/// * Every input line break is kept; a blank input line gives an empty output
///   line, so paragraphs stay separated.
/// * Lines break after spaces (which are dropped at the break), between wide
///   characters, and between a wide and a narrow character, following the
///   Japanese kinsoku rules of `LineBreakRules`.
/// * A word longer than the width (a URL, a hash) is broken at the grapheme
///   where it overflows, moved back when kinsoku forbids that point and an
///   earlier one is allowed (`(1234)` at width 5 gives `(123` / `4)`).
/// * No output line is wider than `width`, and no grapheme is ever split. A
///   grapheme wider than the whole width (a CJK character at width 1) is shown
///   as `?`, the only case where text is replaced.
/// * Leading spaces of an input line are kept (indentation); a tab counts as a
///   space.
public struct TextWrapper: Hashable, Sendable {
    /// The maximum display width of a line.
    public var width: Int

    /// A wrapper for lines of at most `width` columns.
    public init(width: Int) {
        self.width = width
    }

    /// `text` wrapped into lines; empty when `width` is below 1.
    public func wrap(_ text: some StringProtocol) -> [String] {
        guard width >= 1 else { return [] }
        var result: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let whole = wholeLine(line) {
                result.append(whole)
            } else {
                result += wrapLine(Array(line))
            }
        }
        return result
    }

    /// A line that fits as it is, without its trailing spaces: what `wrapLine`
    /// gives for it, found without splitting it into graphemes. Most labels and
    /// titles fit, and the triage screen wraps every trigger on the first frame.
    private func wholeLine<Line: StringProtocol>(_ line: Line) -> String? {
        var columns = 0
        for scalar in line.unicodeScalars {
            if scalar == "\t" { return nil }
            columns += DisplayWidth.of(scalar)
            if columns > width { return nil }
        }
        var end = line.endIndex
        while end > line.startIndex && line[line.index(before: end)] == " " {
            end = line.index(before: end)
        }
        return String(line[line.startIndex..<end])
    }

    /// Convenience: `TextWrapper(width:).wrap(text)`.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        TextWrapper(width: width).wrap(text)
    }

    private func wrapLine(_ rawCharacters: [Character]) -> [String] {
        let characters = rawCharacters.map { character -> Character in
            if character == "\t" { return " " }
            return DisplayWidth.of(character) > width ? "?" : character
        }
        let widths = characters.map { DisplayWidth.of($0) }
        var lines: [String] = []
        var start = 0
        while start < characters.count || lines.isEmpty {
            var used = 0
            var index = start
            var lastBreak: Int?
            while index < characters.count {
                if index > start && mayBreak(before: index, in: characters) {
                    lastBreak = index
                }
                if used + widths[index] > width && !LineBreakRules.isSpace(characters[index]) {
                    break
                }
                used += widths[index]
                index += 1
            }
            if index == characters.count {
                lines.append(trimmedTrailingSpaces(characters[start..<index]))
                break
            }
            let end = lastBreak ?? forcedBreak(from: start, overflowingAt: index, in: characters)
            lines.append(trimmedTrailingSpaces(characters[start..<end]))
            start = end
            while start < characters.count && LineBreakRules.isSpace(characters[start]) {
                start += 1
            }
        }
        return lines
    }

    /// Where to cut a line with no break opportunity: at the overflow, moved
    /// back to the nearest point kinsoku allows when there is one.
    private func forcedBreak(from start: Int, overflowingAt index: Int, in characters: [Character])
        -> Int
    {
        guard index > start else { return start + 1 }
        var candidate = index
        while candidate > start + 1 {
            let next = characters[candidate]
            let previous = characters[candidate - 1]
            if !LineBreakRules.mayNotStartLine.contains(next)
                && !LineBreakRules.mayNotEndLine.contains(previous)
            {
                return candidate
            }
            candidate -= 1
        }
        return index
    }

    private func mayBreak(before index: Int, in characters: [Character]) -> Bool {
        let previous = characters[index - 1]
        let next = characters[index]
        if LineBreakRules.isSpace(next) { return false }
        if LineBreakRules.isSpace(previous) { return true }
        return LineBreakRules.mayBreak(between: previous, and: next)
    }

    private func trimmedTrailingSpaces(_ slice: ArraySlice<Character>) -> String {
        var end = slice.endIndex
        while end > slice.startIndex && LineBreakRules.isSpace(slice[end - 1]) {
            end -= 1
        }
        return String(slice[slice.startIndex..<end])
    }
}
