import RunbookModel

/// The parts around the steps: header, appendix openings, footer.
extension DocumentBuilder {
    func headerGroup() -> PrintBlock {
        let main = plan.main
        let runbook = main.runbook
        var blocks: [PrintBlock] = [
            .heading(level: 1, content: line(runbook.title, of: runbook), anchor: main.anchor),
            .paragraph([.strong(labels.paperCopyNote)]),
            .facts(identityFacts(of: runbook) + planningFacts(of: runbook)),
        ]
        blocks += summaryBlocks(of: runbook)
        if !runbook.triggers.isEmpty {
            blocks.append(.paragraph([.strong(labels.triggers)]))
            blocks.append(.list(runbook.triggers.map { line($0, of: runbook) }))
        }
        blocks.append(
            .writeIn(
                labelled(labels.hospitalName, [.blank(labels.longBlank)]) + [.text("  ")]
                    + labelled(labels.date, [.blank(labels.dateBlank)]) + [.text("  ")]
                    + labelled(labels.operatorName, [.blank(labels.longBlank)])))
        if usesPlaceholders {
            blocks.append(.paragraph([.text(labels.fieldLegend)]))
        }
        if contactsFromTemplate {
            blocks.append(.paragraph([.strong(labels.contactsTemplateWarning)]))
        }
        if !plan.appendices.isEmpty {
            blocks.append(.paragraph([.strong(labels.appendices)]))
            blocks.append(.list(plan.appendices.map(appendixTitle)))
        }
        return .group(.header, blocks)
    }

    func appendixGroup(_ section: PrintedSection) -> PrintBlock {
        let runbook = section.runbook
        var blocks: [PrintBlock] = [
            .heading(level: 2, content: appendixTitle(section), anchor: section.anchor),
            .facts(identityFacts(of: runbook)),
        ]
        blocks += summaryBlocks(of: runbook)
        return .group(.appendix, blocks + stepGroups(of: section))
    }

    func footerGroup() -> PrintBlock {
        var blocks: [PrintBlock] = []
        let withReferences = plan.sections.filter { !$0.runbook.references.isEmpty }
        if !withReferences.isEmpty {
            blocks.append(.heading(level: 2, content: [.text(labels.references)], anchor: nil))
            for section in withReferences {
                let runbook = section.runbook
                if plan.sections.count > 1 {
                    blocks.append(
                        .paragraph(
                            section.isAppendix
                                ? appendixTitle(section) : line(runbook.title, of: runbook)))
                }
                blocks.append(
                    .list(
                        runbook.references.map {
                            [.link(text: words($0.title, of: runbook), url: $0.url)]
                        }))
            }
        }
        blocks.append(.divider)
        blocks.append(.paragraph([.text(footerNote)]))
        return .group(.footer, blocks)
    }

    /// "付録 A：title (id)" / "Appendix A: title (id)".
    func appendixTitle(_ section: PrintedSection) -> [PrintInline] {
        [.text(sectionName(section) + labels.colon)]
            + line(section.runbook.title, of: section.runbook)
            + [
                .text(labels.openParenthesis), .code(section.runbook.id),
                .text(labels.closeParenthesis),
            ]
    }

    /// "付録 A", or "本編" for the main part.
    func sectionName(_ section: PrintedSection) -> String {
        section.appendixLetter.map(labels.appendix) ?? labels.mainPart
    }

    private func identityFacts(of runbook: Runbook) -> [PrintFact] {
        let digest =
            runbook.sourceSHA256.isEmpty
            ? labels.unknownDigest : String(runbook.sourceSHA256.prefix(12))
        return [
            PrintFact(label: labels.runbookID, value: [.code(runbook.id)]),
            PrintFact(label: labels.version, value: [.text(String(runbook.version))]),
            PrintFact(label: labels.fileDigest, value: [.code(digest)]),
        ]
    }

    private func planningFacts(of runbook: Runbook) -> [PrintFact] {
        var facts: [PrintFact] = []
        if let severity = runbook.severity {
            facts.append(
                PrintFact(label: labels.severity, value: [.text(labels.severity(severity))]))
        }
        if !runbook.roles.isEmpty {
            facts.append(
                PrintFact(
                    label: labels.roles,
                    value: [.text(runbook.roles.map(labels.role).joined(separator: ", "))]))
        }
        if let minutes = runbook.estimatedMinutes {
            facts.append(
                PrintFact(label: labels.estimatedTime, value: [.text(labels.minutes(minutes))]))
        }
        return facts
    }

    private func summaryBlocks(of runbook: Runbook) -> [PrintBlock] {
        guard let summary = runbook.summary else { return [] }
        return paragraphs(summary, of: runbook).enumerated().map { index, content in
            .paragraph(index == 0 ? labelled(labels.summary, content) : content)
        }
    }

    /// Whether any printed text or command has a `{{name}}`, so the header explains blanks.
    private var usesPlaceholders: Bool {
        plan.sections.contains { section in
            section.runbook.steps.contains { step in
                let texts = step.texts.flatMap { $0.translations.values }
                if case .command(let command) = step.kind, command.command.contains("{{") {
                    return true
                }
                return texts.contains { !FieldPlaceholders.names(in: $0).isEmpty }
            }
        }
    }
}
