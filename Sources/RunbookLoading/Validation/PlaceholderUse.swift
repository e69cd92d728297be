/// One `{{NAME}}` in a text, with the position of the string that holds it.
struct PlaceholderUse {
    let name: String
    let position: SourcePosition?

    /// Every `{{NAME}}` in `text`, in order. NAME is taken exactly as written
    /// between the braces, as the spec says values are inserted exactly.
    ///
    /// Scans UTF-8 bytes: braces are ASCII, so a byte match is a character match,
    /// and this runs on every string of every file.
    static func names(in text: String) -> [String] {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        guard text.utf8.contains(open) else { return [] }
        let bytes = Array(text.utf8)
        var names: [String] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == open, bytes[index + 1] == open else {
                index += 1
                continue
            }
            let nameStart = index + 2
            var end = nameStart
            while end + 1 < bytes.count, bytes[end] != close || bytes[end + 1] != close {
                if bytes[end] == open && bytes[end + 1] == open { break }
                end += 1
            }
            guard end + 1 < bytes.count else { break }
            if bytes[end] == open {
                // A second `{{` before any `}}`: the first was literal braces.
                index = end
                continue
            }
            names.append(String(decoding: bytes[nameStart..<end], as: UTF8.self))
            index = end + 2
        }
        return names
    }
}
