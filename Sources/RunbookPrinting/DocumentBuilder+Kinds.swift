import RunbookModel

/// What each kind of step adds: boxes to tick, blanks to fill, where it leads.
extension DocumentBuilder {
    func kindBlocks(_ step: Step, in section: PrintedSection) -> [PrintBlock] {
        let blocks = ownKindBlocks(step, in: section)
        guard step.acceptsUnable, let onUnable = step.onUnable else { return blocks }
        // "Cannot do" leads somewhere of its own: the paper says where, as the screen does.
        return blocks + [
            .checkboxes([
                [.text("\(labels.checkbox) \(labels.unable)")] + arrow(to: onUnable, in: section)
            ])
        ]
    }

    private func ownKindBlocks(_ step: Step, in section: PrintedSection) -> [PrintBlock] {
        let runbook = section.runbook
        let following = runbook.defaultTarget(after: step.id)
        switch step.kind {
        case .instruction:
            return [
                .checkboxes([
                    [
                        .text(
                            "\(labels.checkbox) \(labels.done)   \(labels.checkbox) \(labels.skipped) "
                        ), .blank(labels.shortBlank),
                    ]
                ])
            ]
        case .check(let check):
            var blocks: [PrintBlock] = []
            if let expect = check.expect {
                blocks.append(.paragraph(labelled(labels.expect, line(expect, of: runbook))))
            }
            blocks.append(
                .checkboxes([
                    [.text("\(labels.checkbox) \(labels.confirmed)")],
                    [.text("\(labels.checkbox) \(labels.cannotConfirm)")]
                        + arrow(to: check.onFail ?? following, in: section),
                ]))
            return blocks
        case .choice(let options):
            return [
                .checkboxes(
                    options.map { option in
                        [.text("\(labels.checkbox) ")] + line(option.label, of: runbook)
                            + arrow(to: option.next ?? following, in: section)
                    })
            ]
        case .input(let input):
            return inputBlocks(input)
        case .contact(let contactIDs):
            return contactIDs.map { contactGroup($0, of: runbook) }
        case .wait(let seconds):
            let duration =
                seconds % 60 == 0 ? labels.minutes(seconds / 60) : labels.seconds(seconds)
            return [
                .facts([PrintFact(label: labels.waitDuration, value: [.text(duration)])]),
                .writeIn([
                    .text(labels.waitStarted + " "), .blank(labels.timeBlank),
                    .text("  " + labels.waitEnded + " "), .blank(labels.timeBlank),
                ]),
            ]
        case .command(let command):
            return commandBlocks(command, in: section)
        case .include(let runbookID):
            return includeBlocks(runbookID, then: following, in: section)
        case .end(let outcome):
            var blocks: [PrintBlock] = [
                .facts([PrintFact(label: labels.outcome, value: [.text(labels.outcome(outcome))])])
            ]
            if section.isAppendix {
                let returns = outcome == .resolved || outcome == .handedOver
                blocks.append(
                    .paragraph([
                        .text(returns ? labels.appendixEndReturns : labels.appendixEndStops)
                    ]))
            }
            return blocks
        }
    }

    private func inputBlocks(_ input: InputSpec) -> [PrintBlock] {
        var fieldValue: [PrintInline] = [.field(labels.fieldBlank(input.field))]
        if !input.required {
            fieldValue.append(
                .text(labels.openParenthesis + labels.mayBeBlank + labels.closeParenthesis))
        }
        var facts = [
            PrintFact(label: labels.field, value: fieldValue),
            PrintFact(label: labels.valueType, value: [.text(labels.inputType(input.type))]),
        ]
        if let pattern = input.pattern {
            facts.append(PrintFact(label: labels.pattern, value: [.code(pattern)]))
        }
        return [
            .facts(facts),
            .writeIn([
                .field(labels.fieldBlank(input.field)), .text(" = "), .blank(labels.longBlank),
            ]),
        ]
    }

    private func commandBlocks(_ command: CommandSpec, in section: PrintedSection) -> [PrintBlock] {
        var blocks: [PrintBlock] = [
            .facts([
                PrintFact(label: labels.platform, value: [.text(labels.platform(command.platform))])
            ]),
            .code(command.command),
        ]
        let names = FieldPlaceholders.names(in: command.command)
        if !names.isEmpty {
            blocks.append(.paragraph([.text(labels.commandFieldNote)]))
            blocks.append(
                .list(
                    names.map { name in
                        [.field(labels.fieldBlank(name))]
                            + (inputStep(setting: name, from: section).map { source in
                                [.text(" \(labels.arrow) ")] + [
                                    .jump(
                                        text: labels.writtenAt(source.text), anchor: source.anchor)
                                ]
                            } ?? [])
                    }))
        }
        blocks.append(.writeIn(labelled(labels.result, [.blank(labels.longBlank)])))
        blocks.append(.writeIn([.blank(labels.longBlank + labels.longBlank)]))
        return blocks
    }

    private func includeBlocks(
        _ runbookID: String, then following: StepTarget, in section: PrintedSection
    ) -> [PrintBlock] {
        var blocks: [PrintBlock]
        if let included = plan.section(for: runbookID) {
            let pointer = included.appendixLetter.map(labels.seeAppendix) ?? labels.seeMainPart
            blocks = [
                .paragraph(
                    [
                        .text("\(labels.arrow) "), .jump(text: pointer, anchor: included.anchor),
                        .text(labels.colon),
                    ]
                        + line(included.runbook.title, of: included.runbook)
                        + [
                            .text(labels.openParenthesis), .code(runbookID),
                            .text(labels.closeParenthesis),
                        ])
            ]
        } else {
            blocks = [
                .paragraph([.text("\(labels.arrow) "), .code(runbookID)]),
                .paragraph([.strong(labels.includeMissing)]),
            ]
        }
        blocks.append(.paragraph([.text(labels.afterAppendix)] + arrow(to: following, in: section)))
        return blocks
    }

    private func contactGroup(_ id: String, of runbook: Runbook) -> PrintBlock {
        let outcomes: PrintBlock = .checkboxes([
            [
                .text(
                    "\(labels.checkbox) \(labels.reached)   \(labels.checkbox) \(labels.noAnswer)   \(labels.checkbox) \(labels.leftMessage)"
                )
            ]
        ])
        let callTime: PrintBlock = .writeIn([
            .text(labels.callTime + " "), .blank(labels.timeBlank),
            .text("  " + labels.notes + " "), .blank(labels.longBlank),
        ])
        guard let contact = contacts.contact(id) else {
            return .group(
                .contact,
                [
                    .paragraph([.strong(labels.contactMissing(id))]),
                    .writeIn(
                        labelled(labels.contactName, [.blank(labels.longBlank)]) + [.text("  ")]
                            + labelled(labels.phones, [.blank(labels.longBlank)])),
                    outcomes, callTime,
                ])
        }
        return .group(
            .contact,
            [
                .heading(level: 4, content: line(contact.name, of: runbook), anchor: nil),
                .facts(contactFacts(contact, of: runbook)), outcomes, callTime,
            ])
    }

    private func contactFacts(_ contact: Contact, of runbook: Runbook) -> [PrintFact] {
        var facts: [PrintFact] = []
        // A blank of the template (`内線 ____`) is never printed as if it were a number.
        let usable = contact.usablePhones
        if !usable.isEmpty {
            let phones = usable.enumerated().flatMap { index, phone -> [PrintInline] in
                index == 0 ? [.text(phone)] : [.lineBreak, .text(phone)]
            }
            facts.append(PrintFact(label: labels.phones, value: phones))
        } else {
            let advice = words(
                Contact.noNumberAdvice(name: words(contact.name, of: runbook)), of: runbook)
            facts.append(PrintFact(label: labels.phones, value: [.strong(advice)]))
        }
        if let hours = contact.hours {
            facts.append(PrintFact(label: labels.hours, value: [.text(hours)]))
        }
        if let url = contact.url {
            facts.append(PrintFact(label: labels.web, value: [.link(text: url, url: url)]))
        }
        if let notes = contact.notes {
            facts.append(PrintFact(label: labels.notes, value: line(notes, of: runbook)))
        }
        if let required = contact.priorContractRequired {
            facts.append(
                PrintFact(
                    label: labels.contract,
                    value: [.text(required ? labels.priorContractRequired : labels.noPriorContract)]
                ))
        }
        if let verified = contact.lastVerified {
            // The contacts template marks never-checked entries with the epoch date.
            let value = verified == "1970-01-01" ? labels.neverVerified : verified
            facts.append(PrintFact(label: labels.lastVerified, value: [.text(value)]))
        }
        return facts
    }

    /// The input step that sets `field`: in the same runbook first, else in a
    /// runbook it is included from (any other section of the document).
    private func inputStep(setting field: String, from section: PrintedSection) -> (
        text: String, anchor: String
    )? {
        let candidates = [section] + plan.sections.filter { $0.runbook.id != section.runbook.id }
        for candidate in candidates {
            for step in candidate.runbook.steps {
                guard case .input(let input) = step.kind, input.field == field,
                    let number = candidate.stepNumber(of: step.id)
                else { continue }
                return (labels.stepReference(number), candidate.anchor(ofStep: step.id))
            }
        }
        return nil
    }
}
