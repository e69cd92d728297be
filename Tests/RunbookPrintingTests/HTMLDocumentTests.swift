import Foundation
import Localization
import RunbookModel
import RunbookPrinting
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The HTML is one well-formed, self-contained file laid out for A4.
@Suite struct HTMLDocumentTests {
    @Test(arguments: ["ja", "en"])
    func everyBundledRunbookIsWellFormedXML(language: Language) throws {
        let printer = RunbookPrinter(
            library: BundledLibrary.library, language: language, programVersion: "test")
        for runbook in try BundledLibrary.runbooks() {
            let html = printer.document(for: runbook, format: .html)
            #expect(
                MarkupBalance.problems(in: html).isEmpty,
                "\(runbook.id): \(MarkupBalance.problems(in: html))")
            let parser = XMLParser(data: Data(html.utf8))
            #expect(parser.parse(), "\(runbook.id)")
            #expect(
                parser.parserError == nil,
                "\(runbook.id): \(String(describing: parser.parserError))")
        }
    }

    @Test(arguments: ["ja", "en"])
    func everyBundledRunbookIsSelfContained(language: Language) throws {
        let printer = RunbookPrinter(
            library: BundledLibrary.library, language: language, programVersion: "test")
        let outsideLinks = Set(
            try BundledLibrary.runbooks().flatMap { $0.references.map(\.url) }
                + BundledLibrary.library.contacts.compactMap(\.url))
        for runbook in try BundledLibrary.runbooks() {
            let html = printer.document(for: runbook, format: .html)
            for forbidden in ["<script", " src=", "<link", "@import", "url(", "<iframe", "<img"] {
                #expect(!html.lowercased().contains(forbidden), "\(runbook.id): \(forbidden)")
            }
            let identifiers = Set(attributeValues("id", in: html))
            for target in attributeValues("href", in: html) {
                if target.hasPrefix("#") {
                    #expect(
                        identifiers.contains(String(target.dropFirst())),
                        "\(runbook.id): dangling \(target)")
                } else {
                    #expect(
                        outsideLinks.contains(decoded(target)),
                        "\(runbook.id): unexpected link \(target)")
                }
            }
        }
    }

    @Test func theSkeletonDeclaresLanguageCharsetAndA4() throws {
        let runbook = try #require(BundledLibrary.library.runbook("rb-02-isolate-device"))
        for language: Language in ["ja", "en"] {
            let html = RunbookPrinter(
                library: BundledLibrary.library, language: language, programVersion: "test"
            )
            .document(for: runbook, format: .html)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
            #expect(html.contains("<meta charset=\"utf-8\"/>"))
            #expect(html.contains("@page { size: A4; margin: 15mm; }"))
            #expect(html.contains("section.step {") && html.contains("break-inside: avoid"))
            #expect(html.contains("<style>") && html.hasSuffix("</html>\n"))
        }
    }

    @Test func cautionsCarryASymbolAndAWordInTheirOwnBox() throws {
        let runbook = try #require(BundledLibrary.library.runbook("rb-02-isolate-device"))
        let cautions = runbook.steps.compactMap(\.caution).count
        for language: Language in ["ja", "en"] {
            let labels = PrintLabels(language: language)
            let html = RunbookPrinter(
                library: BundledLibrary.library, language: language, programVersion: "test"
            )
            .document(for: runbook, format: .html)
            let main = html.components(separatedBy: "<section class=\"appendix\">")[0]
            #expect(labels.caution.hasPrefix("⚠ ") && labels.caution.count > 2)
            #expect(
                main.components(
                    separatedBy:
                        "<div class=\"caution\">\n<p class=\"box-heading\"><strong>\(labels.caution)</strong></p>"
                )
                .count - 1 == cautions)
        }
    }

    private func attributeValues(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap {
            $0.components(separatedBy: "\"").first
        }
    }

    private func decoded(_ attribute: String) -> String {
        PrintedText.plain(html: attribute)
    }
}
