import ActionJournal

/// JSON text for exports: compact, non-ASCII kept as UTF-8, only what JSON requires escaped.
///
/// ActionJournal keeps its serializer to itself (it hashes the bytes it writes); exports
/// are derived views and write their own objects.
enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `text` as a quoted JSON string.
    static func string(_ text: String) -> String {
        let utf8 = text.utf8
        // Most journal text needs no escaping: copy it whole instead of byte by byte.
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return "\"" + text + "\"" }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0x00..<0x20: bytes += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` as compact JSON.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return string(text)
        case .integer(let number): return String(number)
        case .double(let number): return number.isFinite ? number.description : "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let elements): return "[" + elements.map(Self.value).joined(separator: ",") + "]"
        case .object(let members): return object(members.map { ($0.name, Self.value($0.value)) })
        }
    }

    /// An object from names and already-encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        var output = "{"
        for (index, member) in members.enumerated() {
            if index > 0 { output += "," }
            output += string(member.0)
            output += ":"
            output += member.1
        }
        output += "}"
        return output
    }

    /// A value as a person reads it in a cell: strings bare, anything else as JSON.
    static func display(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return Self.value(value)
    }
}
