import CNCursesW
import TerminalUI

/// Turns a `Style` into ncurses attributes and a colour pair.
///
/// With colours, role `r` uses pair `r.rawValue + 1` (pair 0 stays the
/// terminal default); without, every pair is 0 and only attributes speak.
@MainActor
struct CursesPalette {
    /// Whether colour pairs are in use.
    let usesColor: Bool

    /// A palette for a started screen; with `usesColor`, defines one pair per role.
    /// `defaultColorsAvailable` says whether -1 (the terminal's own colours) may be used.
    init(usesColor: Bool, defaultColorsAvailable: Bool) {
        self.usesColor = usesColor
        guard usesColor else { return }
        for role in Style.Role.allCases where role != .normal {
            let appearance = RoleAppearance.of(role)
            let foreground =
                appearance.foreground < 0 && !defaultColorsAvailable
                ? RoleAppearance.white : appearance.foreground
            let background =
                appearance.background < 0 && !defaultColorsAvailable
                ? RoleAppearance.black : appearance.background
            _ = init_pair(Self.pair(for: role), foreground, background)
        }
    }

    /// The colour pair number for `role` (0 without colours).
    static func pair(for role: Style.Role) -> Int16 {
        Int16(role.rawValue + 1)
    }

    /// ncurses attributes and pair for `style`.
    func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        let appearance = RoleAppearance.of(style.role)
        var wanted = style.attributes
        wanted.formUnion(usesColor ? appearance.colorAttributes : appearance.monochromeAttributes)
        var result = cnc_attribute_normal()
        if wanted.contains(.bold) { result |= cnc_attribute_bold() }
        if wanted.contains(.reverse) { result |= cnc_attribute_reverse() }
        if wanted.contains(.underline) { result |= cnc_attribute_underline() }
        if appearance.isDim { result |= cnc_attribute_dim() }
        let pair = usesColor && style.role != .normal ? Self.pair(for: style.role) : 0
        return (result, pair)
    }
}
