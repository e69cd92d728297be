import RunbookModel

/// Reads what `LibraryCacheWriter` wrote. Every read is bounds-checked and
/// throws `LibraryCacheReader.Malformed` on bytes it did not write, so a damaged
/// cache is a cache miss, never a crash.
struct LibraryCacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset: Int
    /// Where reading stops: the end of the segment being read.
    private let end: Int

    init(_ bytes: [UInt8], from offset: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    /// Where the next read starts.
    var position: Int { offset }

    mutating func integer() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A count of things still to come: never negative, never more than the bytes left in the segment.
    mutating func count() throws -> Int {
        let count = try integer()
        guard count >= 0, count <= end - offset else { throw Malformed() }
        return count
    }

    mutating func boolean() throws -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return bytes.withUnsafeBufferPointer { buffer in
            String(
                decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + length]),
                as: UTF8.self)
        }
    }

    mutating func strings() throws -> [String] {
        try array { try $0.string() }
    }

    mutating func optional<Value>(_ read: (inout LibraryCacheReader) throws -> Value) throws
        -> Value?
    {
        try boolean() ? try read(&self) : nil
    }

    mutating func array<Value>(_ read: (inout LibraryCacheReader) throws -> Value) throws -> [Value]
    {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func text() throws -> LocalizedText {
        let count = try count()
        var translations: [String: String] = [:]
        translations.reserveCapacity(count)
        for _ in 0..<count {
            let language = try string()
            translations[language] = try string()
        }
        return LocalizedText(translations)
    }

    /// A raw value of `Value`, such as a severity's spelling.
    mutating func spelling<Value: RawRepresentable>(of _: Value.Type) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
