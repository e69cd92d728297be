import Yams

/// Finds the second occurrence of a duplicated block-mapping key.
///
/// Yams reports a duplicated key at its first occurrence and stops, but the spec
/// puts a duplicate at the later one. In block style both keys start in the same
/// column, so the later one is the next line at that column whose text is the key
/// followed by `:`. Flow mappings (`{a: 1, a: 2}`) are not searched; the caller
/// then falls back to the first occurrence.
enum DuplicateKeyLocator {
    static func laterOccurrence(
        of key: String, after first: SourcePosition, in diagnostics: FileDiagnostics
    )
        -> SourcePosition?
    {
        let indent = first.column - 1
        var line = first.line + 1
        while let text = diagnostics.lineText(line) {
            defer { line += 1 }
            let scalars = Array(text.unicodeScalars)
            let leadingSpaces = scalars.prefix { $0 == " " }.count
            let content = String(String.UnicodeScalarView(scalars[leadingSpaces...]))
            if content.isEmpty || content.hasPrefix("#") { continue }
            if leadingSpaces < indent { return nil }
            if leadingSpaces == indent && startsWithKey(content, key) {
                return SourcePosition(line: line, column: first.column)
            }
        }
        return nil
    }

    private static func startsWithKey(_ content: String, _ key: String) -> Bool {
        for spelling in [key, "\"\(key)\"", "'\(key)'"] where content.hasPrefix(spelling) {
            let rest = content.dropFirst(spelling.count).drop { $0 == " " }
            if rest.first == ":" { return true }
        }
        return false
    }
}
