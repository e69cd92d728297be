import RunbookModel

/// Turns the sections of a plan into format-neutral blocks.
struct DocumentBuilder: Sendable {
    var plan: SectionPlan
    /// Where contact steps find names, numbers and hours.
    var contacts: RunbookLibrary
    var labels: PrintLabels
    var footerNote: String
    var contactsFromTemplate: Bool

    func blocks() -> [PrintBlock] {
        var blocks = [headerGroup()]
        blocks.append(.heading(level: 2, content: [.text(labels.steps)], anchor: nil))
        blocks += stepGroups(of: plan.main)
        for appendix in plan.appendices {
            blocks.append(appendixGroup(appendix))
        }
        blocks.append(footerGroup())
        return blocks
    }

    // MARK: Text

    /// A runbook text in the document's language, else the runbook's own.
    func words(_ text: LocalizedText, of runbook: Runbook) -> String {
        text.resolved(preferred: labels.language, fallback: runbook.language)
    }

    /// One line (a title, a label): line breaks become spaces, placeholders blanks.
    func line(_ text: LocalizedText, of runbook: Runbook) -> [PrintInline] {
        let flat = words(text, of: runbook).split(whereSeparator: \.isNewline).joined(
            separator: " ")
        return inlines(flat)
    }

    /// Paragraphs split at blank lines; single line breaks are kept as breaks.
    func paragraphs(_ text: LocalizedText, of runbook: Runbook) -> [[PrintInline]] {
        var paragraphs: [[String]] = [[]]
        for rawLine in words(text, of: runbook).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            let trimmed = Self.trimmedWhitespace(rawLine)
            if trimmed.isEmpty {
                if paragraphs[paragraphs.count - 1].isEmpty == false { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(trimmed)
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { lines in
            var content: [PrintInline] = []
            for (index, text) in lines.enumerated() {
                if index > 0 { content.append(.lineBreak) }
                content += inlines(text)
            }
            return content
        }
    }

    /// Plain words with every `{{name}}` turned into a field blank.
    func inlines(_ text: String) -> [PrintInline] {
        FieldPlaceholders.segments(of: text).map { segment in
            switch segment {
            case .text(let words): .text(words)
            case .field(let name): .field(labels.fieldBlank(name))
            }
        }
    }

    private static func trimmedWhitespace(_ line: Substring) -> String {
        var slice = line
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    /// "label: value" with the document language's colon.
    func labelled(_ label: String, _ value: [PrintInline]) -> [PrintInline] {
        [.strong(label), .text(labels.colon)] + value
    }
}
