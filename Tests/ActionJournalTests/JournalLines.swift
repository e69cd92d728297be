/// A journal's bytes as lines, for tests that edit records and re-chain them.
///
/// Re-chaining recomputes every `h` and `prev` with `ReferenceSHA256`, which is what an
/// attacker without the key can do: such a journal passes the keyless checks, so the
/// edited member itself must be what verification catches.
struct JournalLines {
    /// Each line without its newline.
    var lines: [String]

    /// Splits `bytes` at newlines (the final newline ends the last line).
    init(_ bytes: [UInt8]) {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines joined, each ending in a newline.
    var bytes: [UInt8] { Array(lines.map { $0 + "\n" }.joined().utf8) }

    /// The prefix of line `index` (0-based): everything before `,"h":"`.
    func prefix(_ index: Int) -> String {
        guard let range = lines[index].range(of: ",\"h\":\"", options: .backwards) else {
            return lines[index]
        }
        return String(lines[index][..<range.lowerBound])
    }

    /// Replaces `old` with `new` in the prefix of line `index` (0-based), then re-chains.
    mutating func edit(line index: Int, replacing old: String, with new: String) {
        let prefix = prefix(index)
        lines[index] =
            prefix.replacingOccurrences(of: old, with: new) + ",\"h\":\""
            + String(repeating: "0", count: 64) + "\"}"
        rechain()
    }

    /// Recomputes `prev` and `h` of every line from the first.
    mutating func rechain() {
        var previous = String(repeating: "0", count: 64)
        for index in lines.indices {
            var prefix = prefix(index)
            guard let prevRange = prefix.range(of: ",\"prev\":\"", options: .backwards) else {
                continue
            }
            prefix = String(prefix[..<prevRange.upperBound]) + previous + "\""
            let hash = Self.hash(prefix: prefix)
            lines[index] = prefix + ",\"h\":\"" + hash + "\"}"
            previous = hash
        }
    }

    /// H of a prefix, computed with the reference SHA-256.
    static func hash(prefix: String) -> String {
        ReferenceSHA256.hex(Array("shodo-journal-v1".utf8) + [0] + Array(prefix.utf8))
    }
}
