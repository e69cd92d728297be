/// A safety caution: a `+=!` border, a symbol and a word in the top edge, and wrapped text.
///
/// ```
/// += !! 注意 / CAUTION !! ========+
/// !  電源は切らないでください。  !
/// +===============================+
/// ```
/// Colour is never the only signal: the border characters, the symbol and the
/// word (`label`, localised by the caller) say "caution" on a monochrome
/// terminal too. The body is wrapped with `TextWrapper` one column in from the
/// border; rows that do not fit are cut off.
public struct CautionBox: Widget, Hashable, Sendable {
    /// The word(s) of the caution, e.g. `注意 / CAUTION`.
    public var label: String
    /// The caution text.
    public var body: String
    /// The symbol put on both sides of the label.
    public var symbol: String

    /// A caution with `label` in the border and `body` inside.
    public init(label: String, body: String, symbol: String = "!!") {
        self.label = label
        self.body = body
        self.symbol = symbol
    }

    /// Rows needed to show the whole body at `width` columns (border included).
    public func requiredHeight(forWidth width: Int) -> Int {
        TextWrapper.wrap(body, width: width - 4).count + 2
    }

    /// Draws border, label and body.
    public func draw(into grid: inout Grid, within area: Rect) {
        BorderCharacters.caution.draw(
            into: &grid, within: area, title: "\(symbol) \(label) \(symbol)",
            borderStyle: .cautionBorder, titleStyle: Style.caution.adding(.bold))
        let inside = area.insetBy(columns: 2, rows: 1)
        for (index, line) in TextWrapper.wrap(body, width: inside.width).prefix(inside.height)
            .enumerated()
        {
            grid.put(
                line, at: Point(column: inside.left, row: inside.top + index), style: .caution,
                clippedTo: inside)
        }
    }
}
