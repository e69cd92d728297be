import RunbookModel

/// Appends model values to a byte buffer in the library cache's encoding:
/// unsigned LEB128 integers, length-prefixed UTF-8 strings, a presence byte
/// before optionals, a count before arrays. `LibraryCacheReader` reads it back.
struct LibraryCacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer(_ value: Int) {
        // Zig-zag so that the rare negative number stays short.
        var remaining = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while remaining >= 0x80 {
            bytes.append(UInt8(remaining & 0x7f) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    mutating func boolean(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { string(value) }
    }

    mutating func optional<Value>(
        _ value: Value?, _ write: (inout LibraryCacheWriter, Value) -> Void
    ) {
        guard let value else {
            boolean(false)
            return
        }
        boolean(true)
        write(&self, value)
    }

    mutating func array<Value>(
        _ values: [Value], _ write: (inout LibraryCacheWriter, Value) -> Void
    ) {
        integer(values.count)
        for value in values { write(&self, value) }
    }

    /// Languages sorted, so that equal texts always encode to equal bytes.
    mutating func text(_ value: LocalizedText) {
        let languages = value.translations.keys.sorted()
        integer(languages.count)
        for language in languages {
            string(language)
            string(value.translations[language] ?? "")
        }
    }
}
