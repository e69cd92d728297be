/// Finds `{{NAME}}` placeholders in runbook text.
///
/// Paper has no entered values, so every placeholder becomes a field blank the
/// reader fills in mentally from the input step with that `field`. The syntax is
/// the engine's: the name is what lies between `{{` and the next `}}`, spaces
/// trimmed; an unclosed `{{` is ordinary text.
enum FieldPlaceholders {
    /// One piece of a text: plain words, or a placeholder's field name.
    enum Segment: Sendable, Hashable {
        case text(String)
        case field(String)
    }

    static func segments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(of: "}}") else { break }
            if open.lowerBound > rest.startIndex {
                segments.append(.text(String(rest[..<open.lowerBound])))
            }
            segments.append(.field(trimmedSpaces(afterOpen[..<close.lowerBound])))
            rest = afterOpen[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// The field names a text refers to, each once, in order of appearance.
    static func names(in text: String) -> [String] {
        var seen: Set<String> = []
        return segments(of: text).compactMap { segment in
            guard case .field(let name) = segment, seen.insert(name).inserted else { return nil }
            return name
        }
    }

    private static func trimmedSpaces(_ name: Substring) -> String {
        var slice = name
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
