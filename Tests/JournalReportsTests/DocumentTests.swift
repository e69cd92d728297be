import ActionJournal
import Foundation
import JournalReports
import ShodoTestSupport
import Testing

@Suite("md and html reports")
struct DocumentTests {
    @Test(
        "The HTML report is well-formed, self-contained, escapes journal text and draws an SVG chart"
    )
    func htmlReport() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        let html = try ExportHelpers.text([journal.path], .html, language: .japanese)
        let (problem, elements, attributes) = WellFormedXML.check(html)
        #expect(problem == nil)
        #expect(
            elements.contains("svg") && elements.contains("table") && elements.contains("style"))
        #expect(
            !elements.contains("script") && !elements.contains("link") && !elements.contains("img"))
        #expect(
            attributes.allSatisfy { !$0.contains("http") || $0.hasPrefix("http://www.w3.org/") },
            "nothing fetched")
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("連鎖は改ざんなし"))
        #expect(!html.contains("検証 OK"), "the end was not checked, so no plain OK")
        #expect(html.contains("入力: PC = 3F-ナース-02"))
        let verdictPosition = try #require(html.range(of: "連鎖は改ざんなし")).lowerBound
        let timelinePosition = try #require(html.range(of: "<table>")).lowerBound
        #expect(verdictPosition < timelinePosition)
    }

    @Test("Markup typed into a message is escaped in HTML and Markdown")
    func escaping() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal(path: directory.file("a.jsonl"))
        try journal.append("note.added", "<b>bold</b> & \"q\" | *star*")
        journal.writer.close()
        let html = try ExportHelpers.text([journal.path], .html)
        #expect(WellFormedXML.check(html).problem == nil)
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot; | *star*"))
        let markdown = try ExportHelpers.text([journal.path], .markdown)
        #expect(markdown.contains("\\<b\\>bold\\</b\\> & \"q\" \\| \\*star\\*"))
    }

    @Test("A report of a journal that does not verify says so before the timeline")
    func notIntactReport() throws {
        let directory = TemporaryDirectory("reports")
        defer { directory.remove() }
        let journal = try FixtureJournal.everyKind(in: directory)
        journal.writer.close()
        var lines = try String(contentsOfFile: journal.path, encoding: .utf8).components(
            separatedBy: "\n")
        lines.remove(at: 5)
        try lines.joined(separator: "\n").write(
            toFile: journal.path, atomically: false, encoding: .utf8)
        for format in [ExportFormat.markdown, .html] {
            let text = try ExportHelpers.text([journal.path], format)
            let alert = try #require(text.range(of: "NOT INTACT from line 6"))
            let table = try #require(text.range(of: format == .html ? "<table>" : "| Time |"))
            #expect(alert.lowerBound < table.lowerBound)
            #expect(text.contains("line 6: "))
        }
    }
}
