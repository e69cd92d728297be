import RunbookModel

/// The library cache's encoding of every model value, field by field in
/// declaration order. A new model field must be added to both directions and
/// `LibraryCacheFile.formatVersion` raised; the round-trip tests compare the
/// decoded library with the parsed one, so a forgotten field fails them.
enum LibraryCacheCoding {
    /// One part of the library, decoded on its own so that parts decode in parallel.
    enum Segment {
        case runbook(Runbook)
        /// The contacts, first principles and drill scenarios: the rest of the library.
        case rest(contacts: [Contact], firstPrinciples: [LocalizedText], scenarios: [DrillScenario])
    }

    /// The rest, then every runbook in order.
    static func encode(_ library: RunbookLibrary) -> [[UInt8]] {
        var rest = LibraryCacheWriter()
        rest.array(library.contacts, writeContact)
        rest.array(library.firstPrinciples) { $0.text($1) }
        rest.array(library.scenarios, writeScenario)
        return [rest.bytes]
            + library.runbooks.map { runbook in
                var writer = LibraryCacheWriter()
                writeRunbook(&writer, runbook)
                return writer.bytes
            }
    }

    /// Segment `number` of those `encode` made, from `range` of `bytes`.
    static func decodeSegment(_ number: Int, of bytes: [UInt8], in range: Range<Int>) throws
        -> Segment
    {
        var reader = LibraryCacheReader(bytes, from: range.lowerBound, to: range.upperBound)
        let segment: Segment
        if number == 0 {
            segment = .rest(
                contacts: try reader.array(readContact),
                firstPrinciples: try reader.array { try $0.text() },
                scenarios: try reader.array(readScenario))
        } else {
            segment = .runbook(try readRunbook(&reader))
        }
        guard reader.isAtEnd else { throw LibraryCacheReader.Malformed() }
        return segment
    }

    /// The library from all segments, in `encode`'s order.
    static func library(from segments: [Segment]) throws -> RunbookLibrary {
        guard case .rest(let contacts, let firstPrinciples, let scenarios) = segments.first else {
            throw LibraryCacheReader.Malformed()
        }
        let runbooks = try segments.dropFirst().map { segment in
            guard case .runbook(let runbook) = segment else { throw LibraryCacheReader.Malformed() }
            return runbook
        }
        return RunbookLibrary(
            runbooks: runbooks, contacts: contacts, firstPrinciples: firstPrinciples,
            scenarios: scenarios)
    }

    // MARK: Runbook

    private static func writeRunbook(_ writer: inout LibraryCacheWriter, _ runbook: Runbook) {
        writer.integer(runbook.format)
        writer.string(runbook.id)
        writer.integer(runbook.version)
        writer.text(runbook.title)
        writer.optional(runbook.summary) { $0.text($1) }
        writer.string(runbook.language)
        writer.strings(runbook.languages)
        writer.optional(runbook.severity) { $0.string($1.rawValue) }
        writer.strings(runbook.roles)
        writer.array(runbook.triggers) { $0.text($1) }
        writer.strings(runbook.tags)
        writer.optional(runbook.estimatedMinutes) { $0.integer($1) }
        writer.array(runbook.references) { writer, reference in
            writer.text(reference.title)
            writer.string(reference.url)
        }
        writer.array(runbook.steps, writeStep)
        writer.array(runbook.milestones) { writer, milestone in
            writer.string(milestone.id)
            writer.text(milestone.label)
        }
        writer.array(runbook.mustReach) { writer, guarantee in
            writer.string(guarantee.milestone)
            writer.optional(guarantee.withinSteps) { $0.integer($1) }
        }
        writer.string(runbook.sourcePath)
        writer.string(runbook.sourceSHA256)
    }

    private static func readRunbook(_ reader: inout LibraryCacheReader) throws -> Runbook {
        Runbook(
            format: try reader.integer(),
            id: try reader.string(),
            version: try reader.integer(),
            title: try reader.text(),
            summary: try reader.optional { try $0.text() },
            language: try reader.string(),
            languages: try reader.strings(),
            severity: try reader.optional { try $0.spelling(of: Severity.self) },
            roles: try reader.strings(),
            triggers: try reader.array { try $0.text() },
            tags: try reader.strings(),
            estimatedMinutes: try reader.optional { try $0.integer() },
            references: try reader.array { Reference(title: try $0.text(), url: try $0.string()) },
            steps: try reader.array(readStep),
            milestones: try reader.array { Milestone(id: try $0.string(), label: try $0.text()) },
            mustReach: try reader.array {
                MilestoneGuarantee(
                    milestone: try $0.string(), withinSteps: try $0.optional { try $0.integer() })
            },
            sourcePath: try reader.string(),
            sourceSHA256: try reader.string())
    }

    // MARK: Step

    private static func writeStep(_ writer: inout LibraryCacheWriter, _ step: Step) {
        writer.string(step.id)
        writeKind(&writer, step.kind)
        writer.text(step.title)
        writer.optional(step.body) { $0.text($1) }
        writer.optional(step.why) { $0.text($1) }
        writer.optional(step.caution) { $0.text($1) }
        writer.optional(step.role) { $0.string($1) }
        writer.optional(step.estimatedMinutes) { $0.integer($1) }
        writer.optional(step.next, writeTarget)
        writer.optional(step.milestone) { $0.string($1) }
        writer.optional(step.onUnable, writeTarget)
    }

    private static func readStep(_ reader: inout LibraryCacheReader) throws -> Step {
        Step(
            id: try reader.string(),
            kind: try readKind(&reader),
            title: try reader.text(),
            body: try reader.optional { try $0.text() },
            why: try reader.optional { try $0.text() },
            caution: try reader.optional { try $0.text() },
            role: try reader.optional { try $0.string() },
            estimatedMinutes: try reader.optional { try $0.integer() },
            next: try reader.optional(readTarget),
            milestone: try reader.optional { try $0.string() },
            onUnable: try reader.optional(readTarget))
    }

    private static func writeTarget(_ writer: inout LibraryCacheWriter, _ target: StepTarget) {
        // "end" is not a step id (docs/runbook-format.md "Steps"), so the spelling is unambiguous.
        writer.string(target.description)
    }

    private static func readTarget(_ reader: inout LibraryCacheReader) throws -> StepTarget {
        StepTarget(try reader.string())
    }

    // MARK: Step kinds

    private static func writeKind(_ writer: inout LibraryCacheWriter, _ kind: StepKind) {
        writer.string(kind.name)
        switch kind {
        case .instruction: break
        case .check(let check):
            writer.optional(check.expect) { $0.text($1) }
            writer.optional(check.onFail, writeTarget)
        case .choice(let options):
            writer.array(options) { writer, option in
                writer.string(option.id)
                writer.text(option.label)
                writer.optional(option.next, writeTarget)
                writer.optional(option.milestone) { $0.string($1) }
            }
        case .input(let input):
            writer.string(input.field)
            writer.string(input.type.rawValue)
            writer.optional(input.pattern) { $0.string($1) }
            writer.boolean(input.required)
        case .contact(let contactIDs): writer.strings(contactIDs)
        case .wait(let seconds): writer.integer(seconds)
        case .command(let command):
            writer.string(command.command)
            writer.string(command.platform.rawValue)
            writer.boolean(command.runLocally)
        case .include(let runbookID): writer.string(runbookID)
        case .end(let outcome): writer.string(outcome.rawValue)
        }
    }

    private static func readKind(_ reader: inout LibraryCacheReader) throws -> StepKind {
        switch try reader.string() {
        case "instruction": return .instruction
        case "check":
            return .check(
                CheckSpec(
                    expect: try reader.optional { try $0.text() },
                    onFail: try reader.optional(readTarget)))
        case "choice":
            return .choice(
                try reader.array {
                    ChoiceOption(
                        id: try $0.string(), label: try $0.text(),
                        next: try $0.optional(readTarget),
                        milestone: try $0.optional { try $0.string() })
                })
        case "input":
            return .input(
                InputSpec(
                    field: try reader.string(), type: try reader.spelling(of: InputType.self),
                    pattern: try reader.optional { try $0.string() }, required: try reader.boolean()
                ))
        case "contact": return .contact(contactIDs: try reader.strings())
        case "wait": return .wait(seconds: try reader.integer())
        case "command":
            return .command(
                CommandSpec(
                    command: try reader.string(),
                    platform: try reader.spelling(of: CommandPlatform.self),
                    runLocally: try reader.boolean()))
        case "include": return .include(runbookID: try reader.string())
        case "end": return .end(try reader.spelling(of: RunOutcome.self))
        default: throw LibraryCacheReader.Malformed()
        }
    }

    // MARK: Contact

    private static func writeContact(_ writer: inout LibraryCacheWriter, _ contact: Contact) {
        writer.string(contact.id)
        writer.text(contact.name)
        writer.strings(contact.phones)
        writer.optional(contact.hours) { $0.string($1) }
        writer.optional(contact.url) { $0.string($1) }
        writer.optional(contact.notes) { $0.text($1) }
        writer.optional(contact.priorContractRequired) { $0.boolean($1) }
        writer.optional(contact.lastVerified) { $0.string($1) }
        writer.optional(contact.tier) { $0.string($1) }
    }

    private static func readContact(_ reader: inout LibraryCacheReader) throws -> Contact {
        Contact(
            id: try reader.string(),
            name: try reader.text(),
            phones: try reader.strings(),
            hours: try reader.optional { try $0.string() },
            url: try reader.optional { try $0.string() },
            notes: try reader.optional { try $0.text() },
            priorContractRequired: try reader.optional { try $0.boolean() },
            lastVerified: try reader.optional { try $0.string() },
            tier: try reader.optional { try $0.string() })
    }

    // MARK: Drill scenario

    private static func writeScenario(_ writer: inout LibraryCacheWriter, _ scenario: DrillScenario)
    {
        writer.integer(scenario.format)
        writer.string(scenario.id)
        writer.integer(scenario.version)
        writer.text(scenario.title)
        writer.optional(scenario.summary) { $0.text($1) }
        writer.string(scenario.language)
        writer.strings(scenario.languages)
        writer.string(scenario.type.rawValue)
        writer.string(scenario.runbookID)
        writer.strings(scenario.exercises)
        writer.array(scenario.roles) { writer, role in
            writer.string(role.id)
            writer.text(role.label)
        }
        writer.text(scenario.story)
        writer.array(scenario.contacts) { writer, contact in
            writer.string(contact.contact)
            writer.optional(contact.script) { $0.text($1) }
            writer.integer(contact.reachableAfterSeconds)
        }
        writer.array(scenario.injects) { writer, inject in
            writer.string(inject.id)
            writer.text(inject.text)
            writer.optional(inject.to) { $0.string($1) }
            writeTrigger(&writer, inject.trigger)
        }
        writer.array(scenario.expectations) { writer, expectation in
            writer.string(expectation.milestone)
            writer.integer(expectation.targetSeconds)
            writer.boolean(expectation.required)
        }
        writer.string(scenario.rating.rawValue)
        writer.array(scenario.modules) { writer, module in
            writer.string(module.id)
            writer.text(module.title)
            writer.integer(module.minutes)
            writer.array(module.questions) { $0.text($1) }
        }
        writer.array(scenario.hotWash) { $0.text($1) }
        writer.string(scenario.sourcePath)
        writer.string(scenario.sourceSHA256)
    }

    private static func readScenario(_ reader: inout LibraryCacheReader) throws -> DrillScenario {
        DrillScenario(
            format: try reader.integer(),
            id: try reader.string(),
            version: try reader.integer(),
            title: try reader.text(),
            summary: try reader.optional { try $0.text() },
            language: try reader.string(),
            languages: try reader.strings(),
            type: try reader.spelling(of: DrillType.self),
            runbookID: try reader.string(),
            exercises: try reader.strings(),
            roles: try reader.array { DrillRole(id: try $0.string(), label: try $0.text()) },
            story: try reader.text(),
            contacts: try reader.array {
                SimulatedContact(
                    contact: try $0.string(), script: try $0.optional { try $0.text() },
                    reachableAfterSeconds: try $0.integer())
            },
            injects: try reader.array {
                Inject(
                    id: try $0.string(), text: try $0.text(),
                    to: try $0.optional { try $0.string() },
                    trigger: try readTrigger(&$0))
            },
            expectations: try reader.array {
                DrillExpectation(
                    milestone: try $0.string(), targetSeconds: try $0.integer(),
                    required: try $0.boolean())
            },
            rating: try reader.spelling(of: DrillRating.self),
            modules: try reader.array {
                DrillModule(
                    id: try $0.string(), title: try $0.text(), minutes: try $0.integer(),
                    questions: try $0.array { try $0.text() })
            },
            hotWash: try reader.array { try $0.text() },
            sourcePath: try reader.string(),
            sourceSHA256: try reader.string())
    }

    private static func writeTrigger(_ writer: inout LibraryCacheWriter, _ trigger: InjectTrigger) {
        writer.string(trigger.journalName)
        switch trigger {
        case .at(let seconds): writer.integer(seconds)
        case .afterStep(let runbook, let step, let delay):
            writer.strings([runbook, step])
            writer.integer(delay)
        case .onChoice(let runbook, let step, let option, let delay):
            writer.strings([runbook, step, option])
            writer.integer(delay)
        case .unless(let milestone, let by):
            writer.string(milestone)
            writer.integer(by)
        case .manual: break
        }
    }

    private static func readTrigger(_ reader: inout LibraryCacheReader) throws -> InjectTrigger {
        switch try reader.string() {
        case "timed": return .at(seconds: try reader.integer())
        case "step":
            let names = try reader.strings()
            guard names.count == 2 else { throw LibraryCacheReader.Malformed() }
            return .afterStep(runbook: names[0], step: names[1], delaySeconds: try reader.integer())
        case "choice":
            let names = try reader.strings()
            guard names.count == 3 else { throw LibraryCacheReader.Malformed() }
            return .onChoice(
                runbook: names[0], step: names[1], option: names[2],
                delaySeconds: try reader.integer())
        case "contingency":
            return .unless(milestone: try reader.string(), bySeconds: try reader.integer())
        case "manual": return .manual
        default: throw LibraryCacheReader.Malformed()
        }
    }
}
