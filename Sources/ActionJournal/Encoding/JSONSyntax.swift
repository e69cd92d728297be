import Notation

/// Validating byte-level JSON scanning: finds where tokens end without building values.
///
/// All functions take the buffer, an index and return the index after the token; every
/// read is bounds-checked by hand because unsafe buffers are unchecked in release builds.
enum JSONSyntax {
    /// Deep nesting is refused rather than risking the stack on a hostile file.
    static let maximumDepth = 64

    /// The index of the first byte at or after `index` that is not JSON whitespace.
    @inline(__always)
    static func skipWhitespace(_ bytes: UnsafeRawBufferPointer, _ index: Int) -> Int {
        var position = index
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return position
            }
        }
        return position
    }

    /// Scans a string starting at its opening quote; returns the index after the closing
    /// quote and whether it contains escapes. Rejects control characters, bad escapes and
    /// invalid UTF-8.
    static func scanString(
        _ bytes: UnsafeRawBufferPointer, _ index: Int
    ) throws(VerificationProblem) -> (end: Int, hasEscapes: Bool) {
        let count = bytes.count
        guard index < count, bytes[index] == UInt8(ascii: "\"") else {
            throw .malformed("expected a string at byte \(index + 1)")
        }
        var position = index + 1
        var hasEscapes = false
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { return (position + 1, hasEscapes) }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                position = try scanEscape(bytes, position)
            } else if byte < 0x20 {
                throw byte == 0
                    ? .containsNULBytes
                    : .malformed("control character in a string at byte \(position + 1)")
            } else if byte < 0x80 {
                position += 1
            } else {
                position = try scanUTF8Sequence(bytes, position)
            }
        }
        throw .malformed("unterminated string")
    }

    /// Checks one escape starting at the backslash; returns the index after it.
    private static func scanEscape(
        _ bytes: UnsafeRawBufferPointer, _ index: Int
    ) throws(VerificationProblem) -> Int {
        guard index + 1 < bytes.count else { throw .malformed("unterminated escape") }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            guard index + 5 < bytes.count else { throw .malformed("unterminated \\u escape") }
            for offset in 2...5
            where HexDigits.value(of: bytes[index + offset], allowingUppercase: true) == nil {
                throw .malformed("bad \\u escape at byte \(index + 1)")
            }
            return index + 6
        default:
            throw .malformed("bad escape at byte \(index + 1)")
        }
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates).
    private static func scanUTF8Sequence(
        _ bytes: UnsafeRawBufferPointer, _ index: Int
    ) throws(VerificationProblem) -> Int {
        let lead = bytes[index]
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            highest = 0x9F
        case 0xF0:
            length = 4
            lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            highest = 0x8F
        default: throw .malformed("invalid UTF-8 at byte \(index + 1)")
        }
        guard index + length <= bytes.count else {
            throw .malformed("truncated UTF-8 at byte \(index + 1)")
        }
        let second = bytes[index + 1]
        guard second >= lowest, second <= highest else {
            throw .malformed("invalid UTF-8 at byte \(index + 1)")
        }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            throw .malformed("invalid UTF-8 at byte \(index + 1)")
        }
        return index + length
    }

    /// Scans a number; returns its end and whether it is a whole number (no fraction or
    /// exponent).
    static func scanNumber(
        _ bytes: UnsafeRawBufferPointer, _ index: Int
    ) throws(VerificationProblem) -> (end: Int, isWhole: Bool) {
        let count = bytes.count
        var position = index
        if position < count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < count, isDigit(bytes[position]) else {
            throw .malformed("bad number at byte \(index + 1)")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < count, isDigit(bytes[position]) { position += 1 }
        }
        var isWhole = true
        if position < count, bytes[position] == UInt8(ascii: ".") {
            isWhole = false
            position += 1
            guard position < count, isDigit(bytes[position]) else {
                throw .malformed("bad number at byte \(index + 1)")
            }
            while position < count, isDigit(bytes[position]) { position += 1 }
        }
        if position < count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            isWhole = false
            position += 1
            if position < count,
                bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
            {
                position += 1
            }
            guard position < count, isDigit(bytes[position]) else {
                throw .malformed("bad number at byte \(index + 1)")
            }
            while position < count, isDigit(bytes[position]) { position += 1 }
        }
        return (position, isWhole)
    }

    /// Skips any JSON value, validating it; returns the index after it.
    static func skipValue(
        _ bytes: UnsafeRawBufferPointer, _ index: Int, depth: Int = 0
    ) throws(VerificationProblem) -> Int {
        guard index < bytes.count else {
            throw .malformed("a value is missing at the end of the line")
        }
        switch bytes[index] {
        case UInt8(ascii: "\""): return try scanString(bytes, index).end
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try scanNumber(bytes, index).end
        case UInt8(ascii: "t"): return try scanLiteral(bytes, index, "true")
        case UInt8(ascii: "f"): return try scanLiteral(bytes, index, "false")
        case UInt8(ascii: "n"): return try scanLiteral(bytes, index, "null")
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard depth < maximumDepth else {
                throw .malformed("values nested deeper than \(maximumDepth)")
            }
            return try skipContainer(bytes, index, depth: depth + 1)
        case 0: throw .containsNULBytes
        default: throw .malformed("unexpected byte at \(index + 1)")
        }
    }

    private static func skipContainer(
        _ bytes: UnsafeRawBufferPointer, _ index: Int, depth: Int
    ) throws(VerificationProblem) -> Int {
        let isObject = bytes[index] == UInt8(ascii: "{")
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var position = skipWhitespace(bytes, index + 1)
        if position < bytes.count, bytes[position] == closing { return position + 1 }
        while true {
            if isObject {
                position = try scanString(bytes, position).end
                position = skipWhitespace(bytes, position)
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw .malformed("expected ':' at byte \(position + 1)")
                }
                position = skipWhitespace(bytes, position + 1)
            }
            position = skipWhitespace(bytes, try skipValue(bytes, position, depth: depth))
            guard position < bytes.count else {
                throw .malformed("unterminated \(isObject ? "object" : "array")")
            }
            if bytes[position] == closing { return position + 1 }
            guard bytes[position] == UInt8(ascii: ",") else {
                throw .malformed("expected ',' at byte \(position + 1)")
            }
            position = skipWhitespace(bytes, position + 1)
        }
    }

    private static func scanLiteral(
        _ bytes: UnsafeRawBufferPointer, _ index: Int, _ literal: StaticString
    ) throws(VerificationProblem) -> Int {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else {
            throw .malformed("bad literal at byte \(index + 1)")
        }
        let start = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != start[offset] {
            throw .malformed("bad literal at byte \(index + 1)")
        }
        return index + length
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
