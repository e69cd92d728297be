import DocumentMarkup

/// Renders document blocks as CommonMark, readable both raw and rendered.
///
/// Blocks are separated by blank lines; a hard line break is a trailing
/// backslash; blanks to write on are code spans so their underscores are never
/// read as emphasis; commands sit in fences their content cannot close.
struct MarkdownRenderer: Sendable {
    var labels: PrintLabels

    func render(_ blocks: [PrintBlock]) -> String {
        var chunks: [String] = []
        append(blocks, to: &chunks)
        return chunks.joined(separator: "\n\n") + "\n"
    }

    private func append(_ blocks: [PrintBlock], to chunks: inout [String]) {
        for block in blocks {
            switch block {
            case .group(_, let children):
                append(children, to: &chunks)
            case .heading(let level, let content, _):
                chunks.append(
                    String(repeating: "#", count: min(max(level, 1), 6)) + " "
                        + lines(content).joined(separator: " "))
            case .paragraph(let content), .writeIn(let content):
                chunks.append(lines(content).joined(separator: "\\\n"))
            case .facts(let facts):
                chunks.append(
                    facts.map { listItem([.strong($0.label), .text(labels.colon)] + $0.value) }
                        .joined(separator: "\n"))
            case .caution(let heading, let paragraphs):
                chunks.append(quote(heading: heading, paragraphs: paragraphs))
            case .explanation(let heading, let paragraphs):
                var rendered = paragraphs.map { lines($0).joined(separator: "\\\n") }
                rendered.insert("**\(MarkdownEscaping.escapeInline(heading))**", at: 0)
                chunks.append(rendered.joined(separator: "\\\n"))
            case .checkboxes(let items), .list(let items):
                chunks.append(items.map(listItem).joined(separator: "\n"))
            case .code(let code):
                let fence = MarkdownEscaping.fence(for: code)
                chunks.append(fence + "\n" + code + "\n" + fence)
            case .divider:
                chunks.append("---")
            }
        }
    }

    private func listItem(_ content: [PrintInline]) -> String {
        "- " + lines(content).joined(separator: "\\\n  ")
    }

    private func quote(heading: String, paragraphs: [[PrintInline]]) -> String {
        var quoted = ["> **\(MarkdownEscaping.escapeInline(heading))**"]
        for paragraph in paragraphs {
            quoted.append(">")
            let paragraphLines = lines(paragraph)
            for (index, line) in paragraphLines.enumerated() {
                quoted.append("> " + line + (index + 1 < paragraphLines.count ? "\\" : ""))
            }
        }
        return quoted.joined(separator: "\n")
    }

    /// The content as text lines (split at hard breaks), each safe at a line start.
    private func lines(_ content: [PrintInline]) -> [String] {
        var lines: [String] = [""]
        var afterBracketField = false
        for inline in content {
            if case .lineBreak = inline {
                lines.append("")
                afterBracketField = false
                continue
            }
            var rendered = render(inline)
            // `[name]` followed by `(`, `[` or `:` would read as a link.
            if afterBracketField, let first = rendered.first, "([:".contains(first) {
                rendered = "\\" + rendered
            }
            if case .field(let blank) = inline {
                afterBracketField = blank.hasSuffix("]")
            } else {
                afterBracketField = false
            }
            lines[lines.count - 1] += rendered
        }
        return lines.map { MarkdownEscaping.protectLineStart($0) }
    }

    private func render(_ inline: PrintInline) -> String {
        switch inline {
        case .text(let text), .jump(let text, _):
            return MarkdownEscaping.escapeInline(text)
        case .field(let blank):
            // The brackets are the blank's own marks; only the name inside is escaped.
            guard let open = blank.first, let close = blank.last, blank.count >= 2 else {
                return MarkdownEscaping.escapeInline(blank)
            }
            return String(open)
                + MarkdownEscaping.escapeInline(String(blank.dropFirst().dropLast()))
                + String(close)
        case .strong(let text):
            return "**" + MarkdownEscaping.escapeInline(text) + "**"
        case .code(let code), .blank(let code):
            return MarkdownEscaping.codeSpan(code)
        case .link(let text, let url):
            let address = autolink(url)
            return text == url ? address : MarkdownEscaping.escapeInline(text) + " " + address
        case .lineBreak:
            return ""
        }
    }

    /// `<url>` when CommonMark accepts it as an autolink, else the escaped text.
    private func autolink(_ url: String) -> String {
        let usable =
            HTMLEscaping.isLinkable(url)
            && !url.contains {
                $0.isWhitespace || $0 == "<" || $0 == ">" || ($0.asciiValue ?? 0x20) < 0x20
            }
        return usable ? "<\(url)>" : MarkdownEscaping.escapeInline(url)
    }
}
