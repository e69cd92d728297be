import TerminalUI

/// How one `Style.Role` looks, with colours and without.
///
/// Every role that must stand out has monochrome attributes of its own, so a
/// terminal without colours (or `NO_COLOR`) still shows titles, cautions, the
/// selection and errors distinctly; with colours the attributes add to the hue.
struct RoleAppearance: Sendable {
    /// An ncurses colour number, or -1 for the terminal's default.
    var foreground: Int16
    /// An ncurses colour number, or -1 for the terminal's default.
    var background: Int16
    /// Attributes used together with the colours.
    var colorAttributes: Style.Attributes
    /// Attributes used when there are no colours.
    var monochromeAttributes: Style.Attributes
    /// Whether the role is drawn dim (secondary text) in both modes.
    var isDim: Bool = false

    static let defaultColor: Int16 = -1
    static let black: Int16 = 0
    static let red: Int16 = 1
    static let green: Int16 = 2
    static let yellow: Int16 = 3
    static let blue: Int16 = 4
    static let magenta: Int16 = 5
    static let cyan: Int16 = 6
    static let white: Int16 = 7

    /// The appearance of `role`.
    static func of(_ role: Style.Role) -> RoleAppearance {
        switch role {
        case .normal:
            RoleAppearance(
                foreground: defaultColor, background: defaultColor, colorAttributes: [],
                monochromeAttributes: [])
        case .title:
            RoleAppearance(
                foreground: white, background: blue, colorAttributes: [.bold],
                monochromeAttributes: [.bold, .reverse])
        case .header:
            RoleAppearance(
                foreground: cyan, background: defaultColor, colorAttributes: [.bold],
                monochromeAttributes: [.bold, .underline])
        case .caution, .cautionBorder:
            RoleAppearance(
                foreground: yellow, background: defaultColor, colorAttributes: [.bold],
                monochromeAttributes: [.bold])
        case .selection:
            RoleAppearance(
                foreground: black, background: cyan, colorAttributes: [],
                monochromeAttributes: [.reverse])
        case .keyHint:
            RoleAppearance(
                foreground: defaultColor, background: defaultColor, colorAttributes: [],
                monochromeAttributes: [])
        case .key:
            RoleAppearance(
                foreground: black, background: white, colorAttributes: [],
                monochromeAttributes: [.reverse])
        case .drillBanner:
            RoleAppearance(
                foreground: white, background: magenta, colorAttributes: [.bold],
                monochromeAttributes: [.bold, .reverse])
        case .error:
            RoleAppearance(
                foreground: white, background: red, colorAttributes: [.bold],
                monochromeAttributes: [.bold, .reverse])
        case .success:
            RoleAppearance(
                foreground: green, background: defaultColor, colorAttributes: [.bold],
                monochromeAttributes: [.bold])
        case .muted:
            RoleAppearance(
                foreground: defaultColor, background: defaultColor, colorAttributes: [],
                monochromeAttributes: [], isDim: true)
        case .inputField:
            RoleAppearance(
                foreground: defaultColor, background: defaultColor, colorAttributes: [.underline],
                monochromeAttributes: [.underline])
        case .principle:
            RoleAppearance(
                foreground: magenta, background: defaultColor, colorAttributes: [.bold],
                monochromeAttributes: [.bold])
        case .codeBlock:
            RoleAppearance(
                foreground: green, background: defaultColor, colorAttributes: [],
                monochromeAttributes: [.bold])
        case .bigCode:
            RoleAppearance(
                foreground: yellow, background: defaultColor, colorAttributes: [.bold],
                monochromeAttributes: [.bold])
        }
    }
}
