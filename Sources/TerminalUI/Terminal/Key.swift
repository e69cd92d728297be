/// A key the operator pressed, decoded by the backend.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (also a Japanese character committed by an IME).
    case character(Character)
    /// Enter / Return.
    case enter
    /// Escape (after the backend's short escape delay).
    case escape
    /// Backspace (DEL or ^H).
    case backspace
    /// Delete forward.
    case delete
    /// Tab.
    case tab
    /// Cursor up.
    case up
    /// Cursor down.
    case down
    /// Cursor left.
    case left
    /// Cursor right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Function key F`n`.
    case function(Int)
    /// A resize reported as a key by the terminal library.
    case resize
    /// Control plus a letter, lowercased (`ctrl("a")` for ^A).
    case ctrl(Character)
    /// A key the backend could not name.
    case unknown

    /// A short name for logs: `Enter`, `Down`, `'a'`, `F5`, `^A`.
    public var description: String {
        switch self {
        case .character(let character): "'\(character)'"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BS"
        case .delete: "Del"
        case .tab: "Tab"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        case .ctrl(let character): "^\(String(character).uppercased())"
        case .unknown: "?"
        }
    }
}
