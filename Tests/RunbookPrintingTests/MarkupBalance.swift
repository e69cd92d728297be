/// A small well-formedness check for the printed HTML, independent of any XML library.
///
/// Every start tag must be closed in order (or be written `<x/>`), there must be
/// one root element, and every `&` must start one of XML's five predefined
/// references or a numeric one: exactly what an XML parser needs.
enum MarkupBalance {
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var open: [String] = []
        var roots = 0
        var rest = Substring(html)
        while let character = rest.first {
            if character == "&" {
                let reference = rest.prefix { $0 != ";" && $0 != " " && $0 != "<" }
                let name = reference.dropFirst()
                let known =
                    ["amp", "lt", "gt", "quot", "apos"].contains(String(name))
                    || (name.hasPrefix("#") && name.dropFirst().allSatisfy(\.isNumber)
                        && name.count > 1)
                if !known || rest.dropFirst(reference.count).first != ";" {
                    problems.append("bad character reference near \(rest.prefix(20))")
                }
                rest = rest.dropFirst()
                continue
            }
            guard character == "<" else {
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                problems.append("unterminated tag near \(rest.prefix(30))")
                break
            }
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!DOCTYPE") { continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if open.last == name {
                    open.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(open.last ?? "nothing")>")
                }
                continue
            }
            if open.isEmpty { roots += 1 }
            if tag.hasSuffix("/") { continue }
            open.append(String(tag.prefix { !$0.isWhitespace }))
        }
        if !open.isEmpty { problems.append("never closed: \(open)") }
        if roots != 1 { problems.append("\(roots) root elements") }
        return problems
    }
}
