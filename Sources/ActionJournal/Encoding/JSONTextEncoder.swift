import Notation

/// Writes JSON text as UTF-8 bytes; the journal's only serializer of values.
///
/// Strings are written by `JSONString` (Notation), the rule the exports share.
enum JSONTextEncoder {
    /// Appends `value` as compact JSON (no whitespace). Doubles must be finite.
    static func appendValue(_ value: JSONValue, to bytes: inout [UInt8]) {
        switch value {
        case .string(let text): JSONString.append(text, to: &bytes)
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
        JSONString.append(member.name, to: &bytes)
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
