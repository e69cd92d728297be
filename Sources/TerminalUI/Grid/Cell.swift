/// One terminal cell of a `Grid`: its text, its style and its part in a wide character.
///
/// A character two columns wide occupies a `.wideLead` cell holding the text
/// and the `.wideTrail` cell to its right holding nothing; backends draw the
/// lead and skip the trail.
public struct Cell: Hashable, Sendable {
    /// Which part of a character this cell is.
    public enum Kind: Hashable, Sendable {
        /// A one-column character.
        case narrow
        /// The left half of a two-column character (holds the text).
        case wideLead
        /// The right half of a two-column character (holds no text).
        case wideTrail
    }

    /// The grapheme drawn here: one spacing scalar plus its zero-width marks;
    /// empty for a `.wideTrail` cell.
    public let text: String
    /// How the cell looks.
    public let style: Style
    /// Which part of a character this cell is.
    public let kind: Kind

    /// A cell; `Grid` builds them, so only it needs to keep lead and trail paired.
    init(text: String, style: Style, kind: Kind) {
        self.text = text
        self.style = style
        self.kind = kind
    }

    /// A space in `style`.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(text: " ", style: style, kind: .narrow)
    }

    /// Columns the text takes: 1 for narrow, 2 for a wide lead, 0 for a trail.
    public var width: Int {
        switch kind {
        case .narrow: 1
        case .wideLead: 2
        case .wideTrail: 0
        }
    }
}
