import JournalVocabulary
import RunbookModel

/// One action being carried out: a scratch copy of the state plus the records
/// produced so far. Discarded whole when the action is refused.
struct RunStep {
    let machine: RunStateMachine
    var state: RunState
    var records: [EngineRecord] = []

    init(machine: RunStateMachine, state: RunState) {
        self.machine = machine
        self.state = state
    }

    private var messages: RecordMessages { RecordMessages(language: state.language) }

    mutating func perform(_ action: OperatorAction, mode: RunStateMachine.Mode)
        throws(ActionRefusal)
    {
        if case .live = mode, action.longestTextBytes > OperatorAction.maximumTextBytes {
            throw .textTooLong(
                bytes: action.longestTextBytes, limit: OperatorAction.maximumTextBytes)
        }
        switch state.status {
        case .notStarted:
            guard case .start = action else { throw .runNotStarted }
            try start()
            return
        case .ended:
            throw .runEnded
        case .paused:
            guard case .resume = action else { throw .runPaused }
        case .running:
            if case .start = action { throw .runAlreadyStarted }
        }
        let (runbook, step) = try current()
        switch action {
        case .start:
            throw .runAlreadyStarted
        case .resume:
            state.status = .running
            emit(.runResumed, messages.runResumed(title(step, runbook)), stepFields(runbook, step))
        case .pause:
            state.status = .paused
            emit(.runPaused, messages.runPaused(title(step, runbook)), stepFields(runbook, step))
        case .note(let text):
            guard !text.trimmingSpaces().isEmpty else { throw .emptyNote }
            emit(
                .noteAdded, messages.noteAdded(title(step, runbook), note: text),
                stepFields(runbook, step) + [RecordField(.note, .string(text))])
        case .registerEvidence(let registration):
            if mode == .live, registration.file == nil,
                registration.description.trimmingSpaces().isEmpty
            {
                throw .evidenceDescriptionRequired
            }
            registerEvidence(registration, runbook: runbook, step: step)
        case .abort(let reason):
            let reason = try required(reason, for: action)
            endRun(.aborted, runbook: runbook, step: step, reason: reason)
        case .back:
            try goBack(from: step, in: runbook)
        case .skip(let reason):
            if case .end = step.kind {
                throw .notValidOnStep(action: action.word, stepKind: step.kind.name)
            }
            let reason = try required(reason, for: action)
            state.tally.skipped += 1
            emit(
                .stepSkipped, messages.stepSkipped(title(step, runbook), reason: reason),
                stepFields(runbook, step) + [RecordField(.reason, .string(reason))])
            try advance(to: runbook.defaultTarget(after: step.id))
        default:
            try performStepAction(action, runbook: runbook, step: step, mode: mode)
        }
    }

    /// Actions whose meaning depends on the step's kind.
    private mutating func performStepAction(
        _ action: OperatorAction, runbook: Runbook, step: Step, mode: RunStateMachine.Mode
    ) throws(ActionRefusal) {
        let fields = stepFields(runbook, step)
        let stepTitle = title(step, runbook)
        switch (action, step.kind) {
        case (.done(let note), .instruction):
            state.tally.done += 1
            emit(.stepDone, messages.stepDone(stepTitle, note: note), fields + noteField(note))
            reachMilestones(of: step, in: runbook)
            try advance(to: runbook.defaultTarget(after: step.id))
        case (.done(let note), .contact):
            // A contact step's milestone is reached by the first call that got through, not by moving on.
            state.tally.done += 1
            emit(.stepDone, messages.stepDone(stepTitle, note: note), fields + noteField(note))
            try advance(to: runbook.defaultTarget(after: step.id))
        case (.done(let note), .command):
            state.tally.done += 1
            emit(
                .commandResult, messages.commandResult(stepTitle, result: note),
                fields + noteField(note))
            reachMilestones(of: step, in: runbook)
            try advance(to: runbook.defaultTarget(after: step.id))
        case (.unable(let reason), .instruction), (.unable(let reason), .command):
            let reason = try required(reason, for: action)
            state.tally.unable += 1
            emit(
                .stepUnable, messages.stepUnable(stepTitle, reason: reason),
                fields + [RecordField(.reason, .string(reason))])
            try advance(to: step.onUnable ?? runbook.defaultTarget(after: step.id))
        case (.done(let note), .end(let outcome)):
            state.tally.done += 1
            emit(.stepDone, messages.stepDone(stepTitle, note: note), fields + noteField(note))
            try finishEndStep(outcome, runbook: runbook, step: step)
        case (.endWait(let reason, let early), .wait):
            state.tally.done += 1
            var payload = fields + [RecordField(.early, .bool(early))]
            if let reason, !reason.isEmpty { payload.append(RecordField(.reason, .string(reason))) }
            emit(.waitEnded, messages.waitEnded(stepTitle, reason: reason, early: early), payload)
            reachMilestones(of: step, in: runbook)
            try advance(to: runbook.defaultTarget(after: step.id))
        case (.confirm(let note), .check):
            state.tally.done += 1
            emit(
                .checkConfirmed, messages.checkConfirmed(stepTitle, note: note),
                fields + noteField(note))
            reachMilestones(of: step, in: runbook)
            try advance(to: runbook.defaultTarget(after: step.id))
        case (.fail(let reason), .check(let check)):
            let reason = try required(reason, for: action)
            state.tally.failed += 1
            emit(
                .checkFailed, messages.checkFailed(stepTitle, reason: reason),
                fields + [RecordField(.reason, .string(reason))])
            try advance(to: check.onFail ?? runbook.defaultTarget(after: step.id))
        case (.choose(let optionID), .choice(let options)):
            guard let option = options.first(where: { $0.id == optionID }) else {
                throw .unknownOption(optionID, valid: options.map(\.id))
            }
            state.tally.done += 1
            let label = Interpolation.resolve(
                option.label, language: state.language, runbookLanguage: runbook.language,
                values: state.values)
            emit(
                .choiceMade, messages.choiceMade(stepTitle, label: label),
                fields + [RecordField(.option, .string(option.id))])
            reachMilestones(of: step, in: runbook, option: option)
            try advance(to: option.next ?? runbook.defaultTarget(after: step.id))
        case (.input(let value), .input(let spec)):
            if mode == .live, let problem = InputValidator.problem(with: value, for: spec) {
                throw .invalidValue(problem)
            }
            state.tally.done += 1
            state.values[spec.field] = value
            records.append(
                EngineRecord(
                    kind: .valueEntered, message: messages.valueEntered(stepTitle, value: value),
                    payload: fields + [
                        RecordField(.field, .string(spec.field)),
                        RecordField(.value, .string(value)),
                    ],
                    enteredDatetime: spec.type == .datetime ? value : nil))
            reachMilestones(
                of: step, in: runbook, time: spec.type == .datetime ? .entered(value) : .recordTime)
            try advance(to: runbook.defaultTarget(after: step.id))
        case (.recordCall(let contactID, let result, let note), .contact(let contactIDs)):
            let id = try resolveContact(contactID, among: contactIDs)
            let name =
                machine.contact(id).map {
                    Interpolation.resolve(
                        $0.name, language: state.language, runbookLanguage: runbook.language,
                        values: [:])
                } ?? id
            emit(
                .contactAttempted, messages.contactAttempted(name, result: result, note: note),
                fields + [
                    RecordField(.contact, .string(id)), RecordField(.contactName, .string(name)),
                    RecordField(.result, .string(result.rawValue)),
                ]
                    + noteField(note))
            if result == .reached { reachMilestones(of: step, in: runbook) }
        default:
            throw .notValidOnStep(action: action.word, stepKind: step.kind.name)
        }
    }

    // MARK: - Evidence

    /// Journals `evidence.saved` with the run's next item number.
    private mutating func registerEvidence(
        _ registration: EvidenceRegistration, runbook: Runbook, step: Step
    ) {
        state.evidenceCount += 1
        let item = "E\(state.evidenceCount)"
        var payload =
            stepFields(runbook, step) + [
                RecordField(.item, .string(item)),
                RecordField(.description, .string(registration.description)),
                RecordField(.custodian, .string(registration.custodian)),
                RecordField(.location, .string(registration.location)),
            ]
        if let file = registration.file {
            payload += [
                RecordField(.path, .string(file.path)),
                RecordField(.bytes, .integer(file.bytes)),
                RecordField(.evidenceSHA256, .string(file.sha256)),
            ]
        }
        emit(.evidenceSaved, messages.evidenceSaved(item: item, registration), payload)
    }

    // MARK: - Milestones

    /// Journals `milestone.reached` for the step's milestone and the chosen option's,
    /// each only the first time in the run, right after the record that reached it.
    private mutating func reachMilestones(
        of step: Step, in runbook: Runbook, option: ChoiceOption? = nil,
        time: MilestoneTime = .recordTime
    ) {
        for milestone in [step.milestone, option?.milestone].compactMap({ $0 })
        where !state.reachedMilestones.contains(milestone) {
            state.reachedMilestones.append(milestone)
            let label =
                machine.library.milestoneLabel(milestone).map {
                    Interpolation.resolve(
                        $0, language: state.language, runbookLanguage: runbook.language, values: [:]
                    )
                } ?? milestone
            records.append(
                EngineRecord(
                    kind: .milestoneReached, message: messages.milestoneReached(label),
                    payload: [
                        RecordField(.milestone, .string(milestone)),
                        RecordField(.label, .string(label)),
                    ]
                        + stepFields(runbook, step),
                    milestoneTime: time))
        }
    }

    // MARK: - Moving through the runbooks

    private mutating func start() throws(ActionRefusal) {
        guard let runbook = machine.runbook(state.rootRunbookID) else {
            throw .runbookNotLoaded(state.rootRunbookID)
        }
        guard let first = runbook.steps.first else {
            throw .stepMissing(runbookID: state.rootRunbookID, stepID: "")
        }
        state.status = .running
        let runbookTitle = Interpolation.resolve(
            runbook.title, language: state.language, runbookLanguage: runbook.language,
            values: state.values)
        emit(
            .runStarted, messages.runStarted(runbookTitle),
            [
                RecordField(.runbook, .string(runbook.id)),
                RecordField(.runbookVersion, .integer(runbook.version)),
                RecordField(.runbookSHA256, .string(runbook.sourceSHA256)),
                RecordField(.lang, .string(state.language.code)),
            ])
        state.frames = [RunFrame(runbookID: RunbookID(runbook.id), stepID: StepID(first.id))]
        try enterCurrentStep()
    }

    /// Remembers where the run stood (for `back`), then follows `target`.
    private mutating func advance(to target: StepTarget) throws(ActionRefusal) {
        state.history.append(state.frames)
        try follow(target)
    }

    /// Follows `target` from the current frame, leaving included runbooks at
    /// their end and running the root runbook's end as the end of the run.
    private mutating func follow(_ target: StepTarget) throws(ActionRefusal) {
        var target = target
        while true {
            switch target {
            case .step(let id):
                state.frames[state.frames.count - 1].stepID = StepID(id)
                try enterCurrentStep()
                return
            case .end:
                guard state.frames.count > 1 else {
                    let (runbook, step) = try current()
                    endRun(.resolved, runbook: runbook, step: step, reason: nil)
                    return
                }
                state.frames.removeLast()
                let (parent, includeStep) = try current()
                target = parent.defaultTarget(after: includeStep.id)
            }
        }
    }

    /// Does what arriving at a step does: enter an included runbook, start a countdown.
    private mutating func enterCurrentStep() throws(ActionRefusal) {
        let (runbook, step) = try current()
        switch step.kind {
        case .include(let included):
            let includedID = RunbookID(included)
            guard let included = machine.runbook(includedID) else {
                throw .runbookNotLoaded(includedID)
            }
            guard let first = included.steps.first else {
                throw .stepMissing(runbookID: includedID, stepID: "")
            }
            guard state.frames.count < RunbookLibrary.maximumIncludeDepth else {
                throw .runbookNotLoaded(includedID)
            }
            state.frames.append(
                RunFrame(runbookID: RunbookID(included.id), stepID: StepID(first.id)))
            try enterCurrentStep()
        case .wait(let seconds):
            emit(
                .waitStarted, messages.waitStarted(title(step, runbook), seconds: seconds),
                stepFields(runbook, step) + [RecordField(.seconds, .integer(seconds))])
        default:
            break
        }
    }

    private mutating func finishEndStep(_ outcome: RunOutcome, runbook: Runbook, step: Step)
        throws(ActionRefusal)
    {
        let endsWholeRun = state.frames.count == 1 || outcome == .aborted || outcome == .escalated
        if endsWholeRun {
            endRun(outcome, runbook: runbook, step: step, reason: nil)
        } else {
            state.history.append(state.frames)
            try follow(.end)
        }
    }

    private mutating func endRun(
        _ outcome: RunOutcome, runbook: Runbook, step: Step, reason: String?
    ) {
        state.status = .ended(outcome)
        let rootTitle =
            machine.runbook(state.rootRunbookID).map {
                Interpolation.resolve(
                    $0.title, language: state.language, runbookLanguage: $0.language,
                    values: state.values)
            } ?? state.rootRunbookID.rawValue
        var payload = stepFields(runbook, step) + [RecordField(.outcome, .string(outcome.rawValue))]
        if let reason { payload.append(RecordField(.reason, .string(reason))) }
        emit(.runEnded, messages.runEnded(rootTitle, outcome: outcome, reason: reason), payload)
    }

    private mutating func goBack(from step: Step, in runbook: Runbook) throws(ActionRefusal) {
        guard let previous = state.history.popLast() else { throw .nothingToGoBack }
        let fromTitle = title(step, runbook)
        state.frames = previous
        let (toRunbook, toStep) = try current()
        emit(
            .stepBack, messages.stepBack(from: fromTitle, to: title(toStep, toRunbook)),
            [
                RecordField(.runbook, .string(runbook.id)),
                RecordField(.step, .string(step.id)),
                RecordField(.toRunbook, .string(toRunbook.id)),
                RecordField(.toStep, .string(toStep.id)),
            ])
        if case .wait(let seconds) = toStep.kind {
            emit(
                .waitStarted, messages.waitStarted(title(toStep, toRunbook), seconds: seconds),
                stepFields(toRunbook, toStep) + [RecordField(.seconds, .integer(seconds))])
        }
    }

    // MARK: - Helpers

    private func current() throws(ActionRefusal) -> (Runbook, Step) {
        guard let frame = state.currentFrame else { throw .runNotStarted }
        guard let runbook = machine.runbook(frame.runbookID) else {
            throw .runbookNotLoaded(frame.runbookID)
        }
        guard let step = runbook.step(frame.stepID.rawValue) else {
            throw .stepMissing(runbookID: frame.runbookID, stepID: frame.stepID)
        }
        return (runbook, step)
    }

    private func title(_ step: Step, _ runbook: Runbook) -> String {
        Interpolation.resolve(
            step.title, language: state.language, runbookLanguage: runbook.language,
            values: state.values)
    }

    private func stepFields(_ runbook: Runbook, _ step: Step) -> [RecordField] {
        [RecordField(.runbook, .string(runbook.id)), RecordField(.step, .string(step.id))]
    }

    private func noteField(_ note: String?) -> [RecordField] {
        guard let note, !note.isEmpty else { return [] }
        return [RecordField(.note, .string(note))]
    }

    private func required(_ reason: String, for action: OperatorAction) throws(ActionRefusal)
        -> String
    {
        guard !reason.trimmingSpaces().isEmpty else { throw .reasonRequired(action: action.word) }
        return reason
    }

    private func resolveContact(_ requested: String?, among contactIDs: [String])
        throws(ActionRefusal) -> String
    {
        guard let requested else {
            guard contactIDs.count == 1, let only = contactIDs.first else {
                throw .contactRequired(valid: contactIDs)
            }
            return only
        }
        guard contactIDs.contains(requested) else {
            throw .unknownContact(requested, valid: contactIDs)
        }
        return requested
    }

    private mutating func emit(_ kind: RecordKind, _ message: String, _ payload: [RecordField]) {
        records.append(EngineRecord(kind: kind, message: message, payload: payload))
    }
}

extension String {
    func trimmingSpaces() -> Substring { Substring(self).trimmingSpaces() }
}
