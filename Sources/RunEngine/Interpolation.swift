import Localization
import RunbookModel

/// Fills `{{NAME}}` with the value entered at the input step whose `field` is NAME.
///
/// A name with no value yet (possible after `back` or on another branch) stays
/// visible as `{{NAME}}`, so nothing is silently shown as empty.
public enum Interpolation {
    public static func fill(_ text: String, values: [String: String]) -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = afterOpen[..<close.lowerBound].trimmingSpaces()
            if let value = values[String(name)] {
                result += value
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }

    /// The names a text refers to, in order of appearance.
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { break }
            names.append(String(afterOpen[..<close.lowerBound].trimmingSpaces()))
            rest = afterOpen[close.upperBound...]
        }
        return names
    }

    /// `text` in `language` (falling back to `runbookLanguage`), with values filled in.
    public static func resolve(
        _ text: LocalizedText?, language: Language, runbookLanguage: String,
        values: [String: String]
    ) -> String {
        guard let text else { return "" }
        return fill(text.resolved(preferred: language, fallback: runbookLanguage), values: values)
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var slice = self
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return slice
    }
}
