import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whether a document parses as XML (mismatched or unclosed tags, bad entities fail),
/// with the names of the elements it holds.
final class WellFormedXML: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var error: String?
    private(set) var attributeValues: [String] = []

    /// Parses `text`; returns `nil` when well-formed, else the parser's complaint.
    static func check(_ text: String) -> (
        problem: String?, elements: [String], attributes: [String]
    ) {
        let checker = WellFormedXML()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = checker
        let ok = parser.parse()
        let problem =
            ok ? nil : (checker.error ?? parser.parserError.map { "\($0)" } ?? "not well-formed")
        return (problem, checker.elements, checker.attributeValues)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String]
    ) {
        elements.append(elementName)
        attributeValues += attributes.values
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = "line \(parser.lineNumber): \(parseError)"
    }
}
