import CursesTerminal
import FuzzSupport
import TerminalUI

/// Fuzz target `keys`: any bytes as what `wget_wch` returns, decoded by
/// `KeyDecoder` and typed into a text field (the input and note prompts).
///
/// The first byte sets the field's length limit (0: none); then every 5 bytes are
/// one key: a flag byte (odd: a key code, `KEY_CODE_YES`; even: a character)
/// and 4 bytes of value, little-endian. Invariants: no crash; a decoded character
/// holds no control character; the field never holds a control character or
/// line break, never more than its limit, and its cursor stays inside the text.
enum KeysFuzz {
    static func check(_ bytes: [UInt8]) {
        guard let limit = bytes.first else { return }
        var field = TextFieldState(maximumLength: limit == 0 ? nil : Int(limit))
        var index = 1
        while index + 5 <= bytes.count {
            let value = bytes[index + 1..<index + 5].reversed().reduce(UInt32(0)) {
                $0 << 8 | UInt32($1)
            }
            let key =
                bytes[index] & 1 == 1
                ? KeyDecoder.key(forKeyCode: Int32(bitPattern: value))
                : KeyDecoder.key(forCharacter: value)
            index += 5
            if case .character(let character) = key {
                Fuzz.require(
                    !character.unicodeScalars.contains(where: DisplayWidth.isControl),
                    "value \(value) decoded to a control character \(character.debugDescription)")
            }
            _ = field.apply(key)
            Fuzz.require(
                !field.text.unicodeScalars.contains(where: DisplayWidth.isControl),
                "the field holds a control character: \(field.text.debugDescription)")
            Fuzz.require(
                field.maximumLength.map { field.text.count <= $0 } ?? true,
                "\(field.text.count) characters in a field of at most \(limit)")
            Fuzz.require(
                field.cursorOffset >= 0 && field.cursorOffset <= field.text.count,
                "cursor \(field.cursorOffset) outside \(field.text.count) characters")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Fuzz.test(data, size, KeysFuzz.check)
}

@main enum Main { static func main() { Fuzz.main(fuzzOneInput) } }
