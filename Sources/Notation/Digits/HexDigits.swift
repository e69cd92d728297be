/// Hexadecimal text of hashes, keys and identifiers: written lowercase only (the journal
/// accepts lowercase only where it hashes), read in either case where a person may type it.
public enum HexDigits {
    @usableFromInline static let lowercase: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends the lowercase hex of `bytes`.
    @inlinable
    public static func append(_ bytes: some Sequence<UInt8>, to text: inout [UInt8]) {
        for byte in bytes {
            text.append(lowercase[Int(byte >> 4)])
            text.append(lowercase[Int(byte & 0x0F)])
        }
    }

    /// The lowercase hex of `bytes` as a string.
    @inlinable
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        append(bytes, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// The 16 lowercase hex digits of `value`, most significant first.
    public static func string(_ value: UInt64) -> String {
        string(
            stride(from: 56, through: 0, by: -8).map {
                UInt8(truncatingIfNeeded: value >> UInt64($0))
            })
    }

    /// The value of one hex digit, or `nil`; uppercase only when allowed.
    @inlinable @inline(__always)
    public static func value(of digit: UInt8, allowingUppercase: Bool = false) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F") where allowingUppercase:
            return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Whether `bytes[range]` is all lowercase hex.
    @inlinable @inline(__always)
    public static func isLowercaseHex(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool
    {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        for index in range {
            let digit = bytes[index]
            let isDecimal = digit &- UInt8(ascii: "0") < 10
            let isLetter = digit &- UInt8(ascii: "a") < 6
            if !(isDecimal || isLetter) { return false }
        }
        return true
    }

    /// Whether `text` holds the lowercase hex of `bytes` starting at `position` (which
    /// the caller has checked leaves room for it). Allocates nothing: used per line.
    @inlinable @inline(__always)
    public static func matches(
        _ text: UnsafeRawBufferPointer, from position: Int, _ bytes: UnsafeRawBufferPointer
    ) -> Bool {
        let digits: StaticString = "0123456789abcdef"
        let table = digits.utf8Start
        var index = position
        for byte in bytes {
            if text[index] != table[Int(byte >> 4)] || text[index + 1] != table[Int(byte & 0x0F)] {
                return false
            }
            index += 2
        }
        return true
    }

    /// The bytes of lowercase hex text; digits that are not hex count as zero, so only
    /// pass text the scanner or the writer produced.
    public static func bytes(fromLowercaseHex text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).map { index in
            (value(of: digits[index]) ?? 0) << 4 | (value(of: digits[index + 1]) ?? 0)
        }
    }
}
