/// The text and cursor of an editable single-line field.
///
/// The cursor is counted in graphemes (Swift `Character`s), so a Japanese
/// character, a letter with combining marks or an emoji is inserted, deleted
/// and stepped over as one unit. Control characters and line breaks are never
/// inserted. `maximumLength`, when set, caps the number of graphemes.
public struct TextFieldState: Hashable, Sendable {
    /// The current text.
    public private(set) var text: String
    /// Graphemes before the cursor, `0...text.count`.
    public private(set) var cursorOffset: Int
    /// The most graphemes the field accepts, or nil for no limit.
    public var maximumLength: Int?

    /// A field holding `text` with the cursor at its end.
    public init(text: String = "", maximumLength: Int? = nil) {
        let cleaned = Self.insertable(text)
        self.text = cleaned
        self.cursorOffset = cleaned.count
        self.maximumLength = maximumLength
        if let maximumLength, self.text.count > maximumLength {
            self.text = String(self.text.prefix(max(0, maximumLength)))
            self.cursorOffset = self.text.count
        }
    }

    /// Whether the field holds no text.
    public var isEmpty: Bool { text.isEmpty }

    /// Display columns of the text before the cursor.
    public var cursorColumn: Int { DisplayWidth.of(text.prefix(cursorOffset)) }

    /// Inserts `newText` at the cursor (controls and line breaks removed, cut to the limit).
    public mutating func insert(_ newText: String) {
        var addition = Self.insertable(newText)
        if let maximumLength {
            addition = String(addition.prefix(max(0, maximumLength - text.count)))
        }
        guard !addition.isEmpty else { return }
        let head = String(text.prefix(cursorOffset)) + addition
        text = head + text.dropFirst(cursorOffset)
        cursorOffset = min(head.count, text.count)
    }

    /// Deletes the grapheme before the cursor (Backspace).
    public mutating func deleteBackward() {
        guard cursorOffset > 0 else { return }
        text = String(text.prefix(cursorOffset - 1)) + text.dropFirst(cursorOffset)
        cursorOffset -= 1
    }

    /// Deletes the grapheme after the cursor (Delete).
    public mutating func deleteForward() {
        guard cursorOffset < text.count else { return }
        text = String(text.prefix(cursorOffset)) + text.dropFirst(cursorOffset + 1)
    }

    /// Moves the cursor one grapheme left.
    public mutating func moveLeft() {
        cursorOffset = max(0, cursorOffset - 1)
    }

    /// Moves the cursor one grapheme right.
    public mutating func moveRight() {
        cursorOffset = min(text.count, cursorOffset + 1)
    }

    /// Moves the cursor before the first grapheme.
    public mutating func moveToStart() {
        cursorOffset = 0
    }

    /// Moves the cursor after the last grapheme.
    public mutating func moveToEnd() {
        cursorOffset = text.count
    }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        self = TextFieldState(text: newText, maximumLength: maximumLength)
    }

    /// Applies an editing key; returns false (and changes nothing) for keys
    /// that do not edit a field, such as Enter, Escape or arrows up/down.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        default: return false
        }
        return true
    }

    private static func insertable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !DisplayWidth.isControl($0) }))
    }
}
