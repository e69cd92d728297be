import RunbookModel

/// One printed step: what every kind has in common, and where it leads.
extension DocumentBuilder {
    func stepGroups(of section: PrintedSection) -> [PrintBlock] {
        section.runbook.steps.map { stepGroup($0, in: section) }
    }

    func stepGroup(_ step: Step, in section: PrintedSection) -> PrintBlock {
        let runbook = section.runbook
        let number = section.stepNumber(of: step.id) ?? step.id
        var blocks: [PrintBlock] = [
            .heading(
                level: 3,
                content: [.text(labels.stepHeading(number) + "  ")] + line(step.title, of: runbook),
                anchor: section.anchor(ofStep: step.id))
        ]
        if let details = stepDetails(step) { blocks.append(.paragraph(details)) }
        // The caution comes before the body: it must be read before acting.
        if let caution = step.caution {
            blocks.append(
                .caution(heading: labels.caution, paragraphs: paragraphs(caution, of: runbook)))
        }
        if let body = step.body {
            blocks += paragraphs(body, of: runbook).map(PrintBlock.paragraph)
        }
        blocks += kindBlocks(step, in: section)
        if let jump = jumpLine(step, in: section) { blocks.append(.paragraph(jump)) }
        if let why = step.why {
            blocks.append(
                .explanation(heading: labels.why, paragraphs: paragraphs(why, of: runbook)))
        }
        blocks.append(
            .writeIn([
                .text(labels.stepTime + " "), .blank(labels.timeBlank),
                .text("  " + labels.initials + " "), .blank(labels.shortBlank),
            ]))
        return .group(.step, blocks)
    }

    /// "→ 次：手順 5（title）", or the end, pointing at `target` inside `section`.
    func targetInlines(_ target: StepTarget, in section: PrintedSection) -> [PrintInline] {
        switch target {
        case .end:
            return [.text(section.isAppendix ? labels.endOfAppendix : labels.end)]
        case .step(let id):
            guard let number = section.stepNumber(of: id), let step = section.runbook.step(id)
            else {
                return [.text(labels.stepNotFound(id))]
            }
            return [
                .jump(text: labels.stepReference(number), anchor: section.anchor(ofStep: id)),
                .text(labels.openParenthesis),
            ]
                + line(step.title, of: section.runbook) + [.text(labels.closeParenthesis)]
        }
    }

    /// "→ " followed by the target.
    func arrow(to target: StepTarget, in section: PrintedSection) -> [PrintInline] {
        [.text(" \(labels.arrow) ")] + targetInlines(target, in: section)
    }

    /// Role and estimated minutes, when the step names them.
    private func stepDetails(_ step: Step) -> [PrintInline]? {
        var details: [PrintInline] = []
        if let role = step.role {
            details += labelled(labels.role, [.text(labels.role(role))])
        }
        if let minutes = step.estimatedMinutes {
            if !details.isEmpty { details.append(.text("  ")) }
            details += labelled(labels.estimatedTime, [.text(labels.minutes(minutes))])
        }
        return details.isEmpty ? nil : details
    }

    /// Said only where the flow does not simply go on to the following step.
    /// Choice, include and end steps say where they lead in their own blocks.
    private func jumpLine(_ step: Step, in section: PrintedSection) -> [PrintInline]? {
        switch step.kind {
        case .choice, .include, .end: return nil
        default: break
        }
        let runbook = section.runbook
        let target = runbook.defaultTarget(after: step.id)
        if case .step(let id) = target, let index = runbook.index(of: step.id),
            index + 1 < runbook.steps.count, runbook.steps[index + 1].id == id
        {
            return nil
        }
        return [.text("\(labels.arrow) \(labels.next)\(labels.colon)")]
            + targetInlines(target, in: section)
    }
}
