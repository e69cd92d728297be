import TerminalUI

/// One row of a screen's key table (`KeyTable`): which keys, what they do, and
/// how the key line and the help name them.
///
/// The keymap, the key line and the help overlay all read these rows, so a key
/// that works is a key that is listed, under the name of the key that works.
struct KeyBinding {
    /// What the key line and the help call it (`UIText.label`, `UIText.explanation`);
    /// nil for keys they do not list: the letters typed into a field.
    let command: KeyCommand?
    /// The keys the key line names, in order (`j`, `k` → `[j/k]`).
    let namedKeys: [Key]
    /// Taken without being named: the arrows beside `j`/`k`, `Y` beside `y`.
    let otherKeys: [Key]
    /// The number keys `1`…`numberCount` pick from a list of this many (0: no number keys).
    let numberCount: Int
    /// Takes every key that no row before it took (typing; "any other key closes").
    let takesAnyKey: Bool
    /// What a key this row takes does.
    let intent: (Key) -> AppIntent

    /// `keys` (named, then `also`, unnamed) doing what `intent` says of each.
    init(
        _ command: KeyCommand?, _ keys: [Key], also: [Key] = [],
        intent: @escaping (Key) -> AppIntent
    ) {
        self.command = command
        self.namedKeys = keys
        self.otherKeys = also
        self.numberCount = 0
        self.takesAnyKey = false
        self.intent = intent
    }

    /// `keys` (named, then `also`, unnamed), each doing `intent`.
    init(_ command: KeyCommand?, _ keys: [Key], also: [Key] = [], does intent: AppIntent) {
        self.init(command, keys, also: also) { _ in intent }
    }

    private init(
        command: KeyCommand?, namedKeys: [Key], numberCount: Int, takesAnyKey: Bool,
        intent: @escaping (Key) -> AppIntent
    ) {
        self.command = command
        self.namedKeys = namedKeys
        self.otherKeys = []
        self.numberCount = numberCount
        self.takesAnyKey = takesAnyKey
        self.intent = intent
    }

    /// Every key not taken before it; named as `keys` (none: not listed).
    static func anyKey(
        _ command: KeyCommand?, named keys: [Key] = [], intent: @escaping (Key) -> AppIntent
    ) -> KeyBinding {
        KeyBinding(
            command: command, namedKeys: keys, numberCount: 0, takesAnyKey: true, intent: intent)
    }

    /// `1`…`9` picking from a list of `count` (index 0 for `1`); a number past
    /// the list's end does nothing. None when the list is empty or longer than
    /// nine (`Keymap.numberKeysWork`): such a list is picked with j/k and Enter
    /// only, so that no key line says `1-9` for a tenth entry no number key reaches.
    static func numbers(_ command: KeyCommand, count: Int, pick: @escaping (Int) -> AppIntent)
        -> [KeyBinding]
    {
        guard count > 0, Keymap.numberKeysWork(count: count) else { return [] }
        let binding = KeyBinding(
            command: command, namedKeys: [], numberCount: count, takesAnyKey: false
        ) { key in
            guard let index = Keymap.digitIndex(key), index < count else { return .ignore }
            return pick(index)
        }
        return [binding]
    }

    /// `j`/`k`, with the arrows and `PgUp`/`PgDn` (a page), by `Keymap.movement`.
    static func movement(
        _ command: KeyCommand, pages: Bool = true, _ intent: @escaping (Int) -> AppIntent
    ) -> KeyBinding {
        KeyBinding(
            command, [.character("j"), .character("k")],
            also: [.up, .down] + (pages ? [.pageUp, .pageDown] : [])
        ) {
            intent(Keymap.movement($0) ?? 0)
        }
    }

    /// `PgUp`/`PgDn` alone, a page at a time.
    static func pages(_ command: KeyCommand, _ intent: @escaping (Int) -> AppIntent) -> KeyBinding {
        KeyBinding(command, [.pageUp, .pageDown]) { intent(Keymap.movement($0) ?? 0) }
    }

    /// Whether this row takes `key`.
    func takes(_ key: Key) -> Bool {
        if takesAnyKey || namedKeys.contains(key) || otherKeys.contains(key) { return true }
        return numberCount > 0 && Keymap.digitIndex(key) != nil
    }

    /// The keys as the key line shows them in brackets: `Enter/i`, `j/k`, `1-3`.
    var keyName: String {
        if numberCount > 0 { return numberCount == 1 ? "1" : "1-\(numberCount)" }
        return namedKeys.map(Self.name).joined(separator: "/")
    }

    /// One key as the key line names it.
    static func name(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        default: key.description
        }
    }
}
