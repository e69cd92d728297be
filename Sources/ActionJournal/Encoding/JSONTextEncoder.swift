/// Writes JSON text as UTF-8 bytes; the journal's only serializer of values.
///
/// Strings keep non-ASCII characters as raw UTF-8 (so `jq` and a person read Japanese
/// as it was shown) and escape only what JSON requires: `"`, `\` and control characters.
enum JSONTextEncoder {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted, escaped JSON string.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `value` as compact JSON (no whitespace). Doubles must be finite.
    static func appendValue(_ value: JSONValue, to bytes: inout [UInt8]) {
        switch value {
        case .string(let text): appendString(text, to: &bytes)
        case .integer(let number): bytes.append(contentsOf: String(number).utf8)
        case .double(let number): bytes.append(contentsOf: doubleText(number).utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendValue(element, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendMember(member, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `"name":value`.
    static func appendMember(_ member: JSONMember, to bytes: inout [UInt8]) {
        appendString(member.name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendValue(member.value, to: &bytes)
    }

    /// Swift's shortest round-trip spelling, which is valid JSON for finite values
    /// ("1.0", "1e-05", "5e+20"); a fraction or exponent is always present, so the
    /// number reads back as a double and not as an integer.
    private static func doubleText(_ number: Double) -> String {
        number.description
    }
}
