import DocumentMarkup
import Testing

/// The one Markdown rule set of the binder and the reports, on text a runbook author or a
/// night-shift note could write.
@Suite struct MarkdownEscapingTests {
    @Test func everyInlineMarkerIsEscaped() {
        #expect(
            MarkdownEscaping.escapeInline("a | b") == #"a \| b"#, "a bar would split a table cell")
        #expect(MarkdownEscaping.escapeInline("*bold* **strong**") == #"\*bold\* \*\*strong\*\*"#)
        #expect(MarkdownEscaping.escapeInline("`code` ``x``") == #"\`code\` \`\`x\`\`"#)
        #expect(
            MarkdownEscaping.escapeInline("<b>x</b> <https://x>") == #"\<b\>x\</b\> \<https://x\>"#)
        #expect(
            MarkdownEscaping.escapeInline("~~struck~~") == #"\~\~struck\~\~"#,
            "GitHub strikethrough")
        #expect(MarkdownEscaping.escapeInline("[l](x) ![i](y)") == #"\[l\](x) !\[i\](y)"#)
        #expect(
            MarkdownEscaping.escapeInline("R&D &amp; &#39;") == ##"R&D \&amp; \&\#39;"##,
            "an entity would be decoded")
    }

    @Test func underscoresEscapeUnlessBetweenTwoLetters() {
        #expect(MarkdownEscaping.escapeInline("pc_label clock_sync") == "pc_label clock_sync")
        #expect(
            MarkdownEscaping.escapeInline("_under_ a_ _b __x__") == #"\_under\_ a\_ \_b \_\_x\_\_"#)
    }

    @Test func lineBreaksOfEveryKindBecomeSpacesSoATableRowStaysOneRow() {
        let cell = MarkdownEscaping.escape("first\nsecond\r\nthird\rfourth\u{2028}fifth")
        #expect(cell == "first second third fourth fifth")
        #expect(!cell.contains { $0.isNewline })
    }

    @Test(arguments: [
        ("# heading", ##"\# heading"##), ("- item", #"\- item"#), ("+ item", #"\+ item"#),
        ("1. first", #"1\. first"#),
        ("12) twelve", #"12\) twelve"#), ("> quote", #"\> quote"#), ("=== rule", #"\=== rule"#),
        ("--- rule", #"\--- rule"#),
        ("~~~ fence", #"\~\~\~ fence"#), ("    code", "code"), ("30分以内に", "30分以内に"),
    ])
    func textAtTheStartOfALineCannotOpenABlock(_ text: String, _ expected: String) {
        #expect(MarkdownEscaping.escape(text) == expected)
    }

    @Test func controlCharactersAreShownSoTheDocumentIsSafeToCat() {
        #expect(MarkdownEscaping.escape("a\u{1B}[2Jb\u{202E}c") == #"a<U+001B>\[2Jb<U+202E>c"#)
    }

    @Test func theFormatFollowsTheOutputFileName() {
        #expect(DocumentFormat(outputPath: "pack.HTML") == .html)
        #expect(DocumentFormat(outputPath: "pack.htm") == .html)
        #expect(DocumentFormat(outputPath: "pack.md") == .markdown)
        #expect(DocumentFormat(outputPath: "html") == .markdown)
        #expect(DocumentFormat(outputPath: nil) == .markdown)
        #expect(DocumentFormat.allCases.map(\.rawValue) == ["md", "html"])
    }
}
