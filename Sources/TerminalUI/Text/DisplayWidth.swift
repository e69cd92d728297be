// TerminalUI: drawing without a terminal. A screen is a `Grid` of `Cell`s that
// widgets fill within a `Rect`; a `Terminal` presents the grid. Terminology:
// a *column* is one terminal cell; *display width* is how many columns a
// scalar, grapheme or string takes (CJK and fullwidth = 2, combining = 0).

/// Column width of text as a terminal using glibc's `wcwidth` lays it out.
///
/// The table comes from Unicode data (generator: `generate_width_table.py`,
/// to live in `scripts/`) with glibc's rules and a few glibc-compat overrides,
/// so that this pure model and ncursesw place every cell the same way.
/// Control characters have width 0 here (glibc says -1); `Grid` never draws them.
/// East Asian Ambiguous characters count 1 column, as in glibc.
public enum DisplayWidth {
    /// Columns one scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if contains(value, in: DisplayWidthTable.zeroWidthRanges) { return 0 }
        if contains(value, in: DisplayWidthTable.doubleWidthRanges) { return 2 }
        return 1
    }

    /// Columns one grapheme takes: the sum of its scalars, as `wcswidth` counts.
    ///
    /// For ordinary text (a base character plus combining marks) this is the
    /// base's width. Exotic clusters such as emoji ZWJ sequences may exceed 2;
    /// `Grid` then splits them into cells exactly as ncurses would.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars {
            total += of(scalar)
        }
        return total
    }

    /// Columns a whole string takes on one line.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += of(scalar)
        }
        return total
    }

    /// Whether a scalar is a C0/C1 control character, which is never drawn.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Binary search in a flat array of inclusive (lower, upper) pairs.
    private static func contains(_ value: UInt32, in ranges: [UInt32]) -> Bool {
        var low = 0
        var high = ranges.count / 2 - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle * 2] {
                high = middle - 1
            } else if value > ranges[middle * 2 + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
