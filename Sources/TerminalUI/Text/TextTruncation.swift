/// Shortens one line of text to a display width without splitting a grapheme.
public enum TextTruncation {
    /// `text` if it fits in `width` columns; otherwise its longest prefix that
    /// fits together with `marker` (ASCII `..` by default), then the marker.
    /// When not even the marker fits, the plain prefix that fits.
    public static func truncate(
        _ text: some StringProtocol, toWidth width: Int, marker: String = ".."
    ) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return String(text) }
        let markerWidth = DisplayWidth.of(marker)
        if markerWidth > width { return prefix(of: text, fittingIn: width) }
        return prefix(of: text, fittingIn: width - markerWidth) + marker
    }

    /// The longest prefix of `text` whose width is at most `width`.
    public static func prefix(of text: some StringProtocol, fittingIn width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            used += characterWidth
            result.append(character)
        }
        return result
    }
}
