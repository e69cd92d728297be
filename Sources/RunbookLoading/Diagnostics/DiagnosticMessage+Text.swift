import Localization
import RunbookModel

extension DiagnosticMessage {
    /// The English sentence: what is wrong and, where it helps, how to fix it.
    public var text: String {
        switch self {
        case .unreadableFile(let reason): "cannot read this file: \(reason)"
        case .unreadableDirectory(let reason): "cannot read this directory: \(reason)"
        case .invalidUTF8:
            "this file is not valid UTF-8; save it as UTF-8 (without a byte order mark is best)"
        case .emptyFile:
            "this file is empty; a runbook needs at least `format`, `id`, `version`, `title` and `steps`"
        case .yamlSyntax(let problem): "YAML syntax error: \(problem)"
        case .duplicateKey(let key): "key '\(key)' appears twice in the same mapping; keep only one"
        case .unknownKey(let key, let suggestion):
            "unknown key '\(key)'" + Self.didYouMean(suggestion)
                + " (keys of your own must start with 'x-')"
        case .keyNotAllowedForKind(let key, let kind, let allowedOn):
            "key '\(key)' belongs to \(allowedOn) steps, but this step's kind is '\(kind)'"
        case .missingKey(let key): "missing required key '\(key)'"
        case .wrongType(let key, let expected, let found):
            "'\(key)' must be \(expected.phrase), found \(found)"
        case .unsupportedFormat(let found):
            "format \(found) is not supported; this version of Shodo reads `format: 1`"
        case .invalidIdentifier(let key, let value):
            "'\(key)' is '\(value)', but it must be lowercase letters, digits and '-', starting with a letter or digit"
        case .invalidLanguageCode(let value):
            "'\(value)' is not a language code; use one like 'ja' or 'en'"
        case .invalidFieldName(let value):
            "field '\(value)' must be letters, digits, '_' and '-' (not starting with '-'),"
                + " so that {{\(value)}} can name it"
        case .invalidURL(let value):
            "'\(value)' is not a web address; write it in full, starting with https:// or http://"
        case .unknownStepKind(let kind, let suggestion):
            "unknown step kind '\(kind)'" + Self.didYouMean(suggestion)
                + Self.oneOf(StepKind.allNames)
        case .unknownSeverity(let value):
            "unknown severity '\(value)'" + Self.oneOf(Severity.allCases.map(\.rawValue))
        case .unknownInputType(let value):
            "unknown input type '\(value)'" + Self.oneOf(InputType.allCases.map(\.rawValue))
        case .unknownPlatform(let value):
            "unknown platform '\(value)'" + Self.oneOf(CommandPlatform.allCases.map(\.rawValue))
        case .unknownOutcome(let value):
            "unknown outcome '\(value)'" + Self.oneOf(RunOutcome.allCases.map(\.rawValue))
        case .unknownRunMode(let value):
            "'run: \(value)' is not supported; the only value is 'local'"
        case .unknownConfigurationLanguage(let value):
            "unknown language '\(value)'" + Self.oneOf(Language.codes)
        case .invalidPattern(let pattern):
            "pattern '\(pattern)' is not a valid regular expression; check its brackets, parentheses and backslashes"
        case .invalidDate(let value):
            "'\(value)' is not a date; write it as YYYY-MM-DD, for example 2025-04-01"
        case .emptyText: "this text is empty; write the words, or remove the key"
        case .missingTranslation(let languages):
            "this text has no " + languages.map { "'\($0)'" }.joined(separator: ", ")
                + " translation, but `langs` requires every text to have it; write it as {"
                + languages.map { "\($0): ..." }.joined(separator: ", ") + "}"
        case .emptySteps: "`steps` is empty; a runbook needs at least one step"
        case .tooFewOptions(let count):
            "a choice needs at least 2 options, found \(count)"
        case .noContactsListed: "a contact step must list at least one contact id"
        case .noPrinciples: "`principles` must list at least one principle"
        case .waitDurationMissing: "a wait step needs `minutes` or `seconds`"
        case .waitDurationGivenTwice: "a wait step takes `minutes` or `seconds`, not both; keep one"
        case .waitTooLong(let key, let maximum):
            "this wait is too long; `\(key)` may be at most \(maximum) (24 hours)"
        case .duplicateStepID(let id):
            "step id '\(id)' is used by an earlier step; step ids must be unique in a runbook"
        case .duplicateOptionID(let id):
            "option id '\(id)' is used by an earlier option of this choice"
        case .duplicateContactID(let id, let firstFile):
            "contact id '\(id)' is already defined in \(firstFile)"
        case .duplicateRunbookID(let id, let firstFile):
            "runbook id '\(id)' is already used by \(firstFile)"
        case .danglingNext(let target, let suggestion):
            "`next` names step '\(target)', which is not in this runbook"
                + Self.didYouMean(suggestion)
                + " (use 'end' to finish the runbook)"
        case .danglingOnFail(let target, let suggestion):
            "`on_fail` names step '\(target)', which is not in this runbook"
                + Self.didYouMean(suggestion)
        case .danglingOptionNext(let target, let suggestion):
            "option `next` names step '\(target)', which is not in this runbook"
                + Self.didYouMean(suggestion)
                + " (use 'end' to finish the runbook)"
        case .unknownIncludedRunbook(let id, let suggestion):
            "no loaded runbook has id '\(id)'" + Self.didYouMean(suggestion)
                + "; check the id, or pass its directory with --runbooks"
        case .includedRunbookHasErrors(let id):
            "included runbook '\(id)' has errors, so this runbook cannot run either"
        case .includeCycle(let cycle):
            "runbooks include each other in a cycle (" + cycle.joined(separator: " → ")
                + "); a run would never end"
        case .unreachableStep(let id):
            "step '\(id)' can never be reached from the first step; link to it with `next` or an option, or remove it"
        case .cycleWithoutExit(let steps):
            "steps " + steps.map { "'\($0)'" }.joined(separator: " → ")
                + " loop forever: no step in the loop leads out of it;"
                + " give one of them a `next`, `on_fail` or option that leaves the loop"
        case .unknownPlaceholder(let name, let suggestion):
            "{{\(name)}} is not the `field` of any input step of this runbook or of a runbook that includes it"
                + Self.didYouMean(suggestion)
        case .placeholderSetTooLate(let name, let inputStep):
            "{{\(name)}} is used before it is entered: input step '\(inputStep)' cannot run before this point"
        case .unknownContact(let id, let suggestion):
            "no loaded contacts file has a contact with id '\(id)'" + Self.didYouMean(suggestion)
        case .noContactsFileLoaded:
            "no contacts file is loaded, so these contact ids cannot be checked; pass one with --contacts"
        case .danglingOnUnable(let target, let suggestion):
            "`on_unable` names step '\(target)', which is not in this runbook"
                + Self.didYouMean(suggestion)
                + " (use 'end' to finish the runbook)"
        case .milestoneNotAllowed(let kind):
            "an \(kind) step cannot carry a milestone; put it on the step whose completion is the moment"
        case .undeclaredMilestone(let id, let suggestion):
            "milestone '\(id)' is not declared in `milestones` of this runbook or of a runbook it includes"
                + Self.didYouMean(suggestion)
        case .milestoneOnNoReachableStep(let id):
            "milestone '\(id)' is carried by no step a run of this runbook can reach, so no path passes it"
        case .milestoneNotOnEveryPath(let id, let path):
            "milestone '\(id)' is not on every path: " + path.joined(separator: " → ")
        case .milestoneNotWithinSteps(let id, let withinSteps, let path):
            "milestone '\(id)' is not reached within \(withinSteps) steps on every path: "
                + path.joined(separator: " → ")
        case .guaranteeTooLargeToProve(let id, let states):
            "milestone '\(id)' could not be proved: the runbook and its includes have more than \(states)"
                + " step positions to follow; split the runbook or lower `within_steps`"
        case .duplicateMilestoneID(let id): "milestone id '\(id)' is declared twice in this runbook"
        case .notAContactsFile:
            "this file was given as a contacts file, but it has no top-level `contacts` key"
        case .invalidDuration(let value):
            "'\(value)' is not a duration; write whole seconds, minutes or hours like 90s, 5m or 1h30m"
        case .unknownDrillType(let value):
            "unknown drill type '\(value)'" + Self.oneOf(DrillType.allCases.map(\.rawValue))
        case .unknownRating(let value):
            "unknown rating '\(value)'" + Self.oneOf(DrillRating.allCases.map(\.rawValue))
        case .injectWithoutTrigger:
            "this inject has no trigger; give it exactly one of at, after_step, on_choice, unless or manual: true"
        case .injectWithTwoTriggers(let triggers):
            "this inject has " + triggers.map { "'\($0)'" }.joined(separator: " and ")
                + ", but an inject takes exactly one trigger; split it into two injects or keep one"
        case .delayWithoutStepTrigger: "`delay` goes with an after_step or on_choice trigger only"
        case .duplicateScenarioID(let id, let firstFile):
            "scenario id '\(id)' is already used by \(firstFile)"
        case .duplicateScenarioItemID(let item, let id):
            "\(item) id '\(id)' is used by an earlier \(item) of this scenario"
        case .unknownScenarioStep(let step, let runbook, let suggestion):
            "runbook '\(runbook)' has no step '\(step)'" + Self.didYouMean(suggestion)
        case .notAChoiceStep(let step, let runbook, let kind):
            "step '\(step)' of runbook '\(runbook)' is a \(kind) step, but on_choice needs a choice step"
        case .unknownScenarioOption(let option, let step, let suggestion):
            "choice step '\(step)' has no option '\(option)'" + Self.didYouMean(suggestion)
        case .scenarioMilestoneUndeclared(let id, let runbook, let suggestion):
            "milestone '\(id)' is not declared by runbook '\(runbook)' or a runbook it includes"
                + Self.didYouMean(suggestion)
        case .scenarioRunbookHasErrors(let id):
            "runbook '\(id)' has errors, so this drill cannot run either"
        case .unknownRole(let role, let suggestion):
            "role '\(role)' is not in this scenario's `roles`" + Self.didYouMean(suggestion)
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return "; did you mean '\(suggestion)'?"
    }

    private static func oneOf(_ names: [String]) -> String {
        "; use one of: " + names.joined(separator: ", ")
    }
}
