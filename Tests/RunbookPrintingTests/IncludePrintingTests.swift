import Localization
import RunbookModel
import RunbookPrinting
import Testing

/// Included runbooks are printed once each as appendices, and cycles end.
@Suite struct IncludePrintingTests {
    @Test(arguments: ["ja", "en"])
    func aRunbookIncludedTwiceIsPrintedOnce(language: Language) throws {
        let labels = PrintLabels(language: language)
        let runbook = try #require(BundledLibrary.library.runbook("rb-01-ransomware-suspected"))
        let includes = runbook.steps.filter {
            if case .include("rb-02-isolate-device") = $0.kind { true } else { false }
        }
        #expect(includes.count == 2, "the fixture must include rb-02 twice")
        let printer = RunbookPrinter(
            library: BundledLibrary.library, language: language, programVersion: "test")
        let html = printer.document(for: runbook, format: .html)
        #expect(PrintedText.occurrences(of: "<h2 id=\"rb-02-isolate-device\">", in: html) == 1)
        // rb-02 includes rb-03: appendices are followed recursively.
        #expect(
            PrintedText.occurrences(of: "<h2 id=\"rb-03-night-client-shutdown\">", in: html) == 1)
        #expect(
            PrintedText.occurrences(
                of: "<a href=\"#rb-02-isolate-device\">\(labels.seeAppendix("A"))</a>", in: html)
                == 2)

        let markdown = printer.document(for: runbook, format: .markdown)
        let appendixHeadings = markdown.split(separator: "\n").filter {
            $0.hasPrefix("## \(labels.appendix(""))")
        }
        #expect(appendixHeadings.count == 2)
        #expect(appendixHeadings.first?.contains("rb-02-isolate-device") == true)
        #expect(appendixHeadings.last?.contains("rb-03-night-client-shutdown") == true)
    }

    @Test func includeCyclesPrintEachRunbookOnceAndEnd() {
        let first = Fixture.runbook("first", includes: ["second"])
        let second = Fixture.runbook("second", includes: ["third", "first"])
        let third = Fixture.runbook("third", includes: ["second", "third"])
        let library = RunbookLibrary(runbooks: [first, second, third])
        let labels = PrintLabels(language: "en")
        let html = RunbookPrinter(library: library, language: "en", programVersion: "test")
            .document(for: first, format: .html)
        #expect(PrintedText.occurrences(of: "<h1 id=\"first\">", in: html) == 1)
        #expect(!html.contains("<h2 id=\"first\">"))
        #expect(PrintedText.occurrences(of: "<h2 id=\"second\">", in: html) == 1)
        #expect(PrintedText.occurrences(of: "<h2 id=\"third\">", in: html) == 1)
        // The way back into the main part is a pointer, not another copy.
        #expect(html.contains("<a href=\"#first\">\(labels.seeMainPart)</a>"))
        #expect(html.contains("<a href=\"#third\">\(labels.seeAppendix("B"))</a>"))
        #expect(MarkupBalance.problems(in: html).isEmpty)
    }

    @Test func aRunbookThatIsNotLoadedIsNamedNotPrinted() {
        let first = Fixture.runbook("first", includes: ["missing-one"])
        let labels = PrintLabels(language: "ja")
        let markdown = RunbookPrinter(
            library: RunbookLibrary(runbooks: [first]), language: "ja", programVersion: "test"
        )
        .document(for: first, format: .markdown)
        #expect(markdown.contains("`missing-one`"))
        #expect(markdown.contains(labels.includeMissing))
        #expect(!markdown.contains("## \(labels.appendix("A"))"))
    }

    @Test func appendixLettersContinuePastZ() {
        let included = (0..<28).map { "part-\($0)" }
        let runbooks =
            [Fixture.runbook("main", includes: included)]
            + included.map { Fixture.runbook($0, includes: []) }
        let labels = PrintLabels(language: "en")
        let markdown = RunbookPrinter(
            library: RunbookLibrary(runbooks: runbooks), language: "en", programVersion: "test"
        )
        .document(for: runbooks[0], format: .markdown)
        #expect(markdown.contains("## \(labels.appendix("Z")): part-25 title"))
        #expect(markdown.contains("## \(labels.appendix("AA")): part-26 title"))
        #expect(markdown.contains("## \(labels.appendix("AB")): part-27 title"))
    }
}
