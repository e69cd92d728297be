import DocumentMarkup

/// Renders document blocks as one self-contained HTML file for screen and A4 paper.
///
/// Written as XHTML-compatible HTML (every element closed, void elements as
/// `<br/>`, only XML's own character references) so any XML parser can check
/// it. No script, no external asset: the only outside links are the references'
/// and contacts' addresses, which stay visible as text for paper.
struct HTMLRenderer: Sendable {
    var labels: PrintLabels
    var title: String

    func render(_ blocks: [PrintBlock]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(labels.language.code)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTMLEscaping.escape(title))</title>
            <style>
            \(HTMLStyleSheet.text)</style>
            </head>
            <body>

            """
        for block in blocks { html += render(block) }
        html += "</body>\n</html>\n"
        return html
    }

    private func render(_ block: PrintBlock) -> String {
        switch block {
        case .heading(let level, let content, let anchor):
            let tag = "h\(min(max(level, 1), 6))"
            let id = anchor.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
            return "<\(tag)\(id)>\(inline(content))</\(tag)>\n"
        case .paragraph(let content):
            return "<p>\(inline(content))</p>\n"
        case .writeIn(let content):
            return "<p class=\"write-in\">\(inline(content))</p>\n"
        case .facts(let facts):
            let rows = facts.map {
                "<tr><th scope=\"row\">\(HTMLEscaping.escape($0.label))</th><td>\(inline($0.value))</td></tr>\n"
            }
            return "<table class=\"facts\"><tbody>\n" + rows.joined() + "</tbody></table>\n"
        case .caution(let heading, let paragraphs):
            return boxed("caution", heading: heading, paragraphs: paragraphs)
        case .explanation(let heading, let paragraphs):
            return boxed("why", heading: heading, paragraphs: paragraphs)
        case .checkboxes(let items):
            return list(items, className: "checks")
        case .list(let items):
            return list(items, className: nil)
        case .code(let code):
            return "<pre><code>\(HTMLEscaping.escape(code))</code></pre>\n"
        case .group(let group, let children):
            let (tag, className) = element(for: group)
            let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
            return "<\(tag)\(classAttribute)>\n" + children.map(render).joined() + "</\(tag)>\n"
        case .divider:
            return "<hr/>\n"
        }
    }

    private func element(for group: PrintGroup) -> (tag: String, className: String?) {
        switch group {
        case .header: ("header", nil)
        case .step: ("section", "step")
        case .contact: ("div", "contact")
        case .appendix: ("section", "appendix")
        case .footer: ("footer", nil)
        }
    }

    private func boxed(_ className: String, heading: String, paragraphs: [[PrintInline]]) -> String
    {
        "<div class=\"\(className)\">\n<p class=\"box-heading\"><strong>\(HTMLEscaping.escape(heading))</strong></p>\n"
            + paragraphs.map { "<p>\(inline($0))</p>\n" }.joined() + "</div>\n"
    }

    private func list(_ items: [[PrintInline]], className: String?) -> String {
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<ul\(classAttribute)>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined()
            + "</ul>\n"
    }

    private func inline(_ content: [PrintInline]) -> String {
        content.map { piece in
            switch piece {
            case .text(let text): HTMLEscaping.escape(text)
            case .field(let blank): "<span class=\"field\">\(HTMLEscaping.escape(blank))</span>"
            case .strong(let text): "<strong>\(HTMLEscaping.escape(text))</strong>"
            case .code(let code): "<code>\(HTMLEscaping.escape(code))</code>"
            case .blank(let blank): "<span class=\"blank\">\(HTMLEscaping.escape(blank))</span>"
            case .link(let text, let url): link(text: text, url: url)
            case .jump(let text, let anchor):
                "<a href=\"#\(HTMLEscaping.escape(anchor))\">\(HTMLEscaping.escape(text))</a>"
            case .lineBreak: "<br/>"
            }
        }.joined()
    }

    /// The address stays visible: a printed link is only its text.
    private func link(text: String, url: String) -> String {
        let address =
            HTMLEscaping.isLinkable(url)
            ? "<a href=\"\(HTMLEscaping.escape(url))\">\(HTMLEscaping.escape(url))</a>"
            : HTMLEscaping.escape(url)
        return text == url ? address : HTMLEscaping.escape(text) + "<br/>" + address
    }
}
