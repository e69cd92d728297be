import CNCursesW
import TerminalUI
import Testing

@testable import CursesTerminal

@Suite struct KeyDecoderTests {
    @Test func controlCharacters() {
        #expect(KeyDecoder.key(forCharacter: 13) == .enter)
        #expect(KeyDecoder.key(forCharacter: 10) == .enter)
        #expect(KeyDecoder.key(forCharacter: 27) == .escape)
        #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 8) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 9) == .tab)
        #expect(KeyDecoder.key(forCharacter: 1) == .ctrl("a"))
        #expect(KeyDecoder.key(forCharacter: 26) == .ctrl("z"))
        #expect(KeyDecoder.key(forCharacter: 0x9B) == .unknown)
    }

    @Test func printableCharactersIncludingJapanese() {
        #expect(KeyDecoder.key(forCharacter: 0x71) == .character("q"))
        #expect(KeyDecoder.key(forCharacter: 0x30C6) == .character("テ"))
        #expect(KeyDecoder.key(forCharacter: 0xD800) == .unknown)
    }

    @Test func keyCodes() {
        #expect(KeyDecoder.key(forKeyCode: KEY_UP) == .up)
        #expect(KeyDecoder.key(forKeyCode: KEY_DOWN) == .down)
        #expect(KeyDecoder.key(forKeyCode: KEY_LEFT) == .left)
        #expect(KeyDecoder.key(forKeyCode: KEY_RIGHT) == .right)
        #expect(KeyDecoder.key(forKeyCode: KEY_HOME) == .home)
        #expect(KeyDecoder.key(forKeyCode: KEY_END) == .end)
        #expect(KeyDecoder.key(forKeyCode: KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.key(forKeyCode: KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.key(forKeyCode: KEY_BACKSPACE) == .backspace)
        #expect(KeyDecoder.key(forKeyCode: KEY_DC) == .delete)
        #expect(KeyDecoder.key(forKeyCode: KEY_ENTER) == .enter)
        #expect(KeyDecoder.key(forKeyCode: KEY_RESIZE) == .resize)
        #expect(KeyDecoder.key(forKeyCode: cnc_key_function(5)) == .function(5))
        #expect(KeyDecoder.key(forKeyCode: KEY_BTAB) == .unknown)
    }

    /// Found by the `keys` fuzz target: a key code far below KEY_F0 overflowed
    /// the function-key subtraction and crashed.
    @Test func keyCodesAtTheEndsOfTheRangeAreUnknown() {
        #expect(KeyDecoder.key(forKeyCode: Int32.min) == .unknown)
        #expect(KeyDecoder.key(forKeyCode: Int32.max) == .unknown)
        #expect(KeyDecoder.key(forKeyCode: -1) == .unknown)
        #expect(KeyDecoder.key(forKeyCode: cnc_key_function(0)) == .unknown)
        #expect(KeyDecoder.key(forKeyCode: cnc_key_function(63)) == .function(63))
        #expect(KeyDecoder.key(forKeyCode: cnc_key_function(64)) == .unknown)
    }
}
