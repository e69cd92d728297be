import Notation

/// The text of Shodo's key files: a header line, then one `name value` line per field.
///
/// ```
/// shodo-machine-seal-key-v1        shodo-journal-seal-key-v1
/// epoch 3                          jid 7aaa04f2-…
/// key <64 lowercase hex>           epoch 0
///                                  key <64 lowercase hex>
/// ```
/// The first key `K_0` is not in this form: its file holds just the 64 hex digits and a
/// newline (docs/journal.md "Sealing"), so that it can be typed back from paper.
enum KeyFileText {
    /// The lines of a key file: `header`, `fields` in order, then `key <hex>`. The key's
    /// hex goes straight into the returned bytes (no `String` copy the caller cannot zero).
    static func render(header: String, fields: [(name: String, value: String)], key: SealKey)
        -> [UInt8]
    {
        var text = Array((header + "\n").utf8)
        for field in fields { text += Array((field.name + " " + field.value + "\n").utf8) }
        text += Array("key ".utf8)
        key.withBytes { HexDigits.append($0, to: &text) }
        text.append(UInt8(ascii: "\n"))
        return text
    }

    /// The fields of `contents`, which must start with `header` and hold exactly `names`.
    static func parse(_ contents: [UInt8], header: String, names: [String], path: String)
        throws(SealingError) -> [String: String]
    {
        guard let text = String(validating: contents, as: UTF8.self) else {
            throw .malformedKeyFile(path: path, reason: "it is not UTF-8 text")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.last == "" else {
            throw .malformedKeyFile(path: path, reason: "the last line has no newline")
        }
        lines.removeLast()
        guard lines.first == header else {
            throw .malformedKeyFile(path: path, reason: "the first line is not \"\(header)\"")
        }
        var fields: [String: String] = [:]
        for (offset, line) in lines.dropFirst().enumerated() {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, names.contains(parts[0]), fields[parts[0]] == nil else {
                throw .malformedKeyFile(
                    path: path,
                    reason:
                        "line \(offset + 2) is not one of \(names.joined(separator: ", ")) with a value"
                )
            }
            fields[parts[0]] = parts[1]
        }
        for name in names where fields[name] == nil {
            throw .malformedKeyFile(path: path, reason: "it has no \"\(name)\" line")
        }
        return fields
    }

    /// A key from 64 hex digits (either case).
    static func key(hex text: String, path: String) throws(SealingError) -> SealKey {
        let digits = Array(text.utf8)
        guard digits.count == 2 * SealKey.length else {
            throw .malformedKeyFile(
                path: path, reason: "the key has \(digits.count) characters, not 64 hex digits")
        }
        var bytes = [UInt8](repeating: 0, count: SealKey.length)
        defer { SecretBytes.zero(&bytes) }
        for index in bytes.indices {
            guard let high = HexDigits.value(of: digits[2 * index], allowingUppercase: true),
                let low = HexDigits.value(of: digits[2 * index + 1], allowingUppercase: true)
            else {
                throw .malformedKeyFile(
                    path: path, reason: "the key holds a character that is not a hex digit")
            }
            bytes[index] = high << 4 | low
        }
        return bytes.withUnsafeBytes { SealKey(copying: $0) }
    }

    /// A whole number from 0, as written by `render`.
    static func count(_ text: String, name: String, path: String) throws(SealingError) -> Int {
        guard let value = Int(text), value >= 0, String(value) == text else {
            throw .malformedKeyFile(path: path, reason: "\"\(name)\" is not a whole number")
        }
        return value
    }
}
