/// The first 100 bits of a record's hash in Crockford base 32, for a person to write down.
///
/// `7K2M-QX9D-…`: five groups of four characters. Given later to `verify --expect`, it
/// proves that the journal still holds that record and everything before it.
public struct VerificationCode: Sendable, Hashable, CustomStringConvertible {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    private static let characterCount = 20

    /// The 20 alphabet indices (5 bits each), most significant bits of the hash first.
    private let symbols: [UInt8]

    /// The code of the record whose hash `H` is `recordHash` (32 raw bytes).
    public init(recordHash: some Collection<UInt8>) {
        let bytes = Array(recordHash)
        var symbols: [UInt8] = []
        symbols.reserveCapacity(Self.characterCount)
        for index in 0..<Self.characterCount {
            let bitOffset = index * 5
            let byteIndex = bitOffset / 8
            let high = byteIndex < bytes.count ? UInt16(bytes[byteIndex]) : 0
            let low = byteIndex + 1 < bytes.count ? UInt16(bytes[byteIndex + 1]) : 0
            let window = high << 8 | low
            symbols.append(UInt8((window >> (11 - bitOffset % 8)) & 0x1F))
        }
        self.symbols = symbols
    }

    /// Reads a code as a person typed it: case does not matter, spaces and dashes are
    /// ignored, and O reads as 0, I and L as 1 (Crockford's rules). `nil` unless exactly 20
    /// characters of the alphabet remain.
    public init?(parsing text: String) {
        var symbols: [UInt8] = []
        for character in text.uppercased().utf8 {
            switch character {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "O"): symbols.append(0)
            case UInt8(ascii: "I"), UInt8(ascii: "L"): symbols.append(1)
            default:
                guard let index = Self.alphabet.firstIndex(of: character) else { return nil }
                symbols.append(UInt8(index))
            }
        }
        guard symbols.count == Self.characterCount else { return nil }
        self.symbols = symbols
    }

    /// The code as printed: `XXXX-XXXX-XXXX-XXXX-XXXX`.
    public var description: String {
        var text: [UInt8] = []
        for (index, symbol) in symbols.enumerated() {
            if index > 0, index % 4 == 0 { text.append(UInt8(ascii: "-")) }
            text.append(Self.alphabet[Int(symbol)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
