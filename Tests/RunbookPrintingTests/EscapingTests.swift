import DocumentMarkup
import RunbookModel
import RunbookPrinting
import Testing

/// Runbook text can never turn into markup, in either format.
@Suite struct EscapingTests {
    @Test func htmlEscapingCoversTheFiveSpecialCharacters() {
        #expect(
            HTMLEscaping.escape("<a href=\"x\">Tom's & Jerry's</a>")
                == "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
        #expect(HTMLEscaping.escape("管理番号 〈シール〉\tok\n") == "管理番号 〈シール〉\tok\n")
    }

    @Test func htmlEscapingReplacesControlCharactersXMLForbids() {
        #expect(HTMLEscaping.escape("bell\u{07}end\u{0}") == "bell\u{FFFD}end\u{FFFD}")
    }

    @Test func onlyWebAndMailAddressesBecomeLinks() {
        #expect(HTMLEscaping.isLinkable("https://www.jnsa.org/emergency_response/"))
        #expect(HTMLEscaping.isLinkable("mailto:anshin@ipa.go.jp"))
        #expect(!HTMLEscaping.isLinkable("javascript:alert(1)"))
        #expect(!HTMLEscaping.isLinkable("file:///etc/passwd"))
    }

    @Test func markdownInlineEscapingKeepsTextLiteralAndReadable() {
        #expect(
            MarkdownEscaping.escapeInline("*bold* `code` [link](x) <b> #4625")
                == ##"\*bold\* \`code\` \[link\](x) \<b\> \#4625"##)
        #expect(MarkdownEscaping.escapeInline("pc_label") == "pc_label")
        #expect(MarkdownEscaping.escapeInline("_under_ a_ _b") == #"\_under\_ a\_ \_b"#)
        #expect(MarkdownEscaping.escapeInline(#"C:\logs"#) == #"C:\\logs"#)
        #expect(
            MarkdownEscaping.escapeInline("R&D &amp; &#39; &#x41; & x;")
                == ##"R&D \&amp; \&\#39; \&\#x41; & x;"##)
        #expect(MarkdownEscaping.escapeInline("医療情報 第一報") == "医療情報 第一報")
    }

    @Test func markdownShowsControlCharactersSoTheBinderIsSafeToCat() {
        #expect(
            MarkdownEscaping.escapeInline("a\u{1B}]0;x\u{07}b\u{9B}c\u{202E}d")
                == #"a<U+001B>\]0;x<U+0007>b<U+009B>c<U+202E>d"#)
    }

    @Test func markdownLineStartsCannotOpenBlocks() {
        #expect(MarkdownEscaping.protectLineStart("- not a list") == #"\- not a list"#)
        #expect(MarkdownEscaping.protectLineStart("> not a quote") == #"\> not a quote"#)
        #expect(MarkdownEscaping.protectLineStart("1. not ordered") == #"1\. not ordered"#)
        #expect(MarkdownEscaping.protectLineStart("2026) year") == #"2026\) year"#)
        #expect(MarkdownEscaping.protectLineStart("~~~ fence") == #"\~~~ fence"#)
        #expect(MarkdownEscaping.protectLineStart("    code?") == "code?")
        #expect(MarkdownEscaping.protectLineStart("30分以内") == "30分以内")
    }

    @Test func codeDelimitersAreLongerThanAnyBacktickRunInside() {
        #expect(MarkdownEscaping.fence(for: "ipconfig /all") == "```")
        #expect(MarkdownEscaping.fence(for: "echo ```` done") == "`````")
        #expect(MarkdownEscaping.codeSpan("^[D-Zd-z]:$") == "`^[D-Zd-z]:$`")
        #expect(MarkdownEscaping.codeSpan("a``b") == "```a``b```")
        #expect(MarkdownEscaping.codeSpan("`x") == "`` `x ``")
    }

    @Test func hostileRunbookTextStaysTextInHTML() {
        let runbook = Self.hostileRunbook()
        let html = RunbookPrinter(
            library: RunbookLibrary(runbooks: [runbook]), language: "en", programVersion: "test"
        )
        .document(for: runbook, format: .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(
            html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"))
        #expect(
            html.contains(
                "<pre><code>echo &#39;&lt;b&gt;&#39; &amp;&amp; cat a &gt; b\n```\ndone</code></pre>"
            ))
        #expect(!html.contains("href=\"javascript"))
        #expect(MarkupBalance.problems(in: html).isEmpty)
    }

    @Test func hostileRunbookTextStaysTextInMarkdown() {
        let runbook = Self.hostileRunbook()
        let markdown = RunbookPrinter(
            library: RunbookLibrary(runbooks: [runbook]), language: "en", programVersion: "test"
        )
        .document(for: runbook, format: .markdown)
        #expect(markdown.contains(#"# \<script\>alert("x")\</script\> & 'y'"#))
        #expect(markdown.contains("````\necho '<b>' && cat a > b\n```\ndone\n````"))
        #expect(markdown.contains(##"\# not a heading"##))
        #expect(markdown.contains(#"1\. not a list"#))
        #expect(markdown.contains(#"\*starred\* and \[pc_label](x)"#) == false)
        #expect(markdown.contains(#"\*starred\* and [pc_label]\(x)"#))
        #expect(markdown.contains(#"[pc_label]\: value"#))
    }

    private static func hostileRunbook() -> Runbook {
        let english = { (text: String) in LocalizedText(text, language: "en") }
        return Runbook(
            id: "hostile", version: 1, title: english(#"<script>alert("x")</script> & 'y'"#),
            language: "en",
            references: [Reference(title: english("bad link"), url: "javascript:alert(1)")],
            steps: [
                Step(
                    id: "name", kind: .input(InputSpec(field: "pc_label")),
                    title: english("Name it")),
                Step(
                    id: "run",
                    kind: .command(CommandSpec(command: "echo '<b>' && cat a > b\n```\ndone")),
                    title: english("# not a heading"),
                    body: english(
                        "1. not a list\n*starred* and {{pc_label}}(x)\n{{pc_label}}: value")),
            ])
    }
}
