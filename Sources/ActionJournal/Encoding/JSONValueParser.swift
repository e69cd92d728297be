import Notation

/// Builds `JSONValue`s from bytes already validated by `JSONSyntax`.
///
/// Used when reading records for show, export and replay; verification never builds
/// values. Errors still surface rather than trapping, in case a caller skips validation.
enum JSONValueParser {
    /// Decodes the value starting at `index`; returns it and the index after it.
    static func decodeValue(
        _ bytes: UnsafeRawBufferPointer, _ index: Int, depth: Int = 0
    ) throws(VerificationProblem) -> (value: JSONValue, end: Int) {
        guard index < bytes.count else { throw .malformed("a value is missing") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            let (text, end) = try decodeString(bytes, index)
            return (.string(text), end)
        case UInt8(ascii: "t"): return (.bool(true), try JSONSyntax.skipValue(bytes, index))
        case UInt8(ascii: "f"): return (.bool(false), try JSONSyntax.skipValue(bytes, index))
        case UInt8(ascii: "n"): return (.null, try JSONSyntax.skipValue(bytes, index))
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard depth < JSONSyntax.maximumDepth else {
                throw .malformed("values nested too deep")
            }
            return try decodeContainer(bytes, index, depth: depth + 1)
        default:
            let (end, isWhole) = try JSONSyntax.scanNumber(bytes, index)
            let text = String(
                decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            if isWhole, let integer = Int64(text) { return (.integer(integer), end) }
            guard let number = Double(text) else {
                throw .malformed("bad number at byte \(index + 1)")
            }
            return (.double(number), end)
        }
    }

    private static func decodeContainer(
        _ bytes: UnsafeRawBufferPointer, _ index: Int, depth: Int
    ) throws(VerificationProblem) -> (value: JSONValue, end: Int) {
        let isObject = bytes[index] == UInt8(ascii: "{")
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var members: [JSONMember] = []
        var elements: [JSONValue] = []
        var position = JSONSyntax.skipWhitespace(bytes, index + 1)
        if position < bytes.count, bytes[position] == closing {
            return (isObject ? .object([]) : .array([]), position + 1)
        }
        while true {
            var name = ""
            if isObject {
                (name, position) = try decodeString(bytes, position)
                position = JSONSyntax.skipWhitespace(bytes, position)
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw .malformed("expected ':'")
                }
                position = JSONSyntax.skipWhitespace(bytes, position + 1)
            }
            let (value, end) = try decodeValue(bytes, position, depth: depth)
            if isObject {
                members.append(JSONMember(name: name, value: value))
            } else {
                elements.append(value)
            }
            position = JSONSyntax.skipWhitespace(bytes, end)
            guard position < bytes.count else { throw .malformed("unterminated container") }
            if bytes[position] == closing {
                return (isObject ? .object(members) : .array(elements), position + 1)
            }
            guard bytes[position] == UInt8(ascii: ",") else { throw .malformed("expected ','") }
            position = JSONSyntax.skipWhitespace(bytes, position + 1)
        }
    }

    /// Decodes the string starting at its opening quote, resolving escapes and surrogate
    /// pairs (a lone surrogate becomes U+FFFD).
    static func decodeString(
        _ bytes: UnsafeRawBufferPointer, _ index: Int
    ) throws(VerificationProblem) -> (value: String, end: Int) {
        let (end, hasEscapes) = try JSONSyntax.scanString(bytes, index)
        let contents = UnsafeRawBufferPointer(rebasing: bytes[index + 1..<end - 1])
        guard hasEscapes else { return (String(decoding: contents, as: UTF8.self), end) }
        var output: [UInt8] = []
        output.reserveCapacity(contents.count)
        var position = 0
        while position < contents.count {
            let byte = contents[position]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                position += 1
                continue
            }
            let escape = contents[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalarValue = codeUnit(contents, position)
                position += 4
                if (0xD800..<0xDC00).contains(scalarValue), position + 5 < contents.count,
                    contents[position] == UInt8(ascii: "\\"),
                    contents[position + 1] == UInt8(ascii: "u")
                {
                    let low = codeUnit(contents, position + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                        position += 6
                    }
                }
                let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                output.append(contentsOf: String(Character(scalar)).utf8)
            default: output.append(escape)  // \" \\ \/
            }
        }
        return (String(decoding: output, as: UTF8.self), end)
    }

    /// The four hex digits at `index` (already validated by `JSONSyntax`).
    private static func codeUnit(_ bytes: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 {
            value =
                value << 4
                | UInt32(HexDigits.value(of: bytes[index + offset], allowingUppercase: true) ?? 0)
        }
        return value
    }
}
