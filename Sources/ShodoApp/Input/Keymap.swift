import TerminalUI

/// Keys to intents: a pure function of the state and the key (docs/terminal-ui.md "Keys").
///
/// The key table (`KeyTable`) says what works in a state; the first of its rows
/// that takes the key decides, and a key no row takes does nothing. While the
/// window is too small the event loop does not ask at all, because the
/// operator cannot see what a key would do.
public enum Keymap {
    /// What `key` means in `state`.
    public static func intent(for key: Key, in state: AppState) -> AppIntent {
        KeyTable.bindings(for: state).first { $0.takes(key) }?.intent(key) ?? .ignore
    }

    // MARK: - Key shapes

    /// Entries a list may have for the number keys to pick them: all of them, or none.
    static let numberedListLimit = 9

    /// Whether `1`…`9` pick from a list of `count` entries.
    static func numberKeysWork(count: Int) -> Bool {
        count <= numberedListLimit
    }

    /// 0 for `1` … 8 for `9`; nil for any other key.
    static func digitIndex(_ key: Key) -> Int? {
        guard case .character(let character) = key, let digit = character.wholeNumberValue,
            character.isASCII,
            (1...9).contains(digit)
        else { return nil }
        return digit - 1
    }

    /// -1 for `k`/Up, +1 for `j`/Down, a page for PageUp/PageDown.
    static func movement(_ key: Key) -> Int? {
        switch key {
        case .up, .character("k"): -1
        case .down, .character("j"): 1
        case .pageUp: -10
        case .pageDown: 10
        default: nil
        }
    }
}
