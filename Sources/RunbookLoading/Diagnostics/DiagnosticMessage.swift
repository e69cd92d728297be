/// Every problem the loader can report, as a named value.
///
/// Tests assert on these names; `text` (in `DiagnosticMessage+Text.swift`) is the
/// English sentence a person reads. Associated values carry what was found and,
/// where one is close enough, the `suggestion` for a did-you-mean.
public enum DiagnosticMessage: Sendable, Hashable, CustomStringConvertible {
    // Files and YAML
    case unreadableFile(reason: String)
    case unreadableDirectory(reason: String)
    case invalidUTF8
    case emptyFile
    case yamlSyntax(problem: String)
    case duplicateKey(String)

    // Keys
    case unknownKey(String, suggestion: String?)
    case keyNotAllowedForKind(key: String, kind: String, allowedOn: String)
    case missingKey(String)

    // Values
    case wrongType(key: String, expected: ExpectedValue, found: String)
    case unsupportedFormat(String)
    case invalidIdentifier(key: String, value: String)
    case invalidLanguageCode(String)
    case invalidFieldName(String)
    case invalidURL(String)
    case unknownStepKind(String, suggestion: String?)
    case unknownSeverity(String)
    case unknownInputType(String)
    case unknownPlatform(String)
    case unknownOutcome(String)
    case unknownRunMode(String)
    case unknownConfigurationLanguage(String)
    case invalidPattern(String)
    case invalidDate(String)
    case emptyText
    case missingTranslation(languages: [String])
    case emptySteps
    case tooFewOptions(count: Int)
    case noContactsListed
    case noPrinciples
    case waitDurationMissing
    case waitDurationGivenTwice
    case waitTooLong(key: String, maximum: Int)

    // Identity
    case duplicateStepID(String)
    case duplicateOptionID(String)
    case duplicateContactID(String, firstFile: String)
    case duplicateRunbookID(String, firstFile: String)
    case duplicateMilestoneID(String)

    // Flow
    case danglingNext(String, suggestion: String?)
    case danglingOnFail(String, suggestion: String?)
    case danglingOptionNext(String, suggestion: String?)
    case unknownIncludedRunbook(String, suggestion: String?)
    case includedRunbookHasErrors(String)
    case includeCycle([String])
    case unreachableStep(String)
    case cycleWithoutExit([String])
    case unknownPlaceholder(String, suggestion: String?)
    case placeholderSetTooLate(String, inputStep: String)
    case unknownContact(String, suggestion: String?)
    case noContactsFileLoaded
    case danglingOnUnable(String, suggestion: String?)
    case milestoneNotAllowed(kind: String)
    case undeclaredMilestone(String, suggestion: String?)
    case milestoneOnNoReachableStep(String)
    case milestoneNotOnEveryPath(String, path: [String])
    case milestoneNotWithinSteps(String, withinSteps: Int, path: [String])
    case guaranteeTooLargeToProve(String, states: Int)

    // File kinds
    case notAContactsFile

    // Drill scenarios
    case invalidDuration(String)
    case unknownDrillType(String)
    case unknownRating(String)
    case injectWithoutTrigger
    case injectWithTwoTriggers([String])
    case delayWithoutStepTrigger
    case duplicateScenarioID(String, firstFile: String)
    case duplicateScenarioItemID(item: String, id: String)
    case unknownScenarioStep(String, runbook: String, suggestion: String?)
    case notAChoiceStep(String, runbook: String, kind: String)
    case unknownScenarioOption(String, step: String, suggestion: String?)
    case scenarioMilestoneUndeclared(String, runbook: String, suggestion: String?)
    case unknownRole(String, suggestion: String?)
    case scenarioRunbookHasErrors(String)

    /// The English sentence, the same as `text`.
    public var description: String { text }
}
