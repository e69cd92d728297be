import RunEngine
import RunbookModel
import TerminalUI

/// The keys of the step screen: a drill's keys first, then the step kind's own, then the common ones.
extension KeyTable {
    static func stepBindings(_ state: AppState) -> [KeyBinding] {
        guard let step = state.run?.presentation, state.hasOpenRun else { return common(state) }
        if case .input = step.kind, state.stepView.inputFocused {
            return [
                KeyBinding(.submitInput, [.enter], does: .submitInput),
                KeyBinding(.leaveInput, [.escape], does: .leaveInputField),
                .anyKey(nil) { .editInput($0) },
            ]
        }
        // A typing input field keeps its keys alone; otherwise a drill's keys come first.
        return drillStepBindings(state) + kindBindings(step, state)
    }

    /// The step kind's own rows, then the common ones.
    private static func kindBindings(_ step: StepPresentation, _ state: AppState) -> [KeyBinding] {
        let done = KeyBinding(.done, [.enter], does: .perform(.done(note: nil)))
        let scroll = KeyBinding.movement(.scroll) { .scroll($0) }
        let unable = KeyBinding(.unable, [.character("c")], does: .openPrompt(.unableReason))
        switch step.kind {
        case .instruction: return [done, unable] + common(step, state) + [scroll]
        case .command:
            let local =
                step.command?.runLocally == true
                ? [
                    KeyBinding(
                        .runLocally, [.character("r")], does: .openPrompt(.localRunConfirmation))
                ] : []
            return [done] + local + [unable] + common(step, state) + [scroll]
        case .include: return [done] + common(step, state) + [scroll]
        case .check:
            return [
                KeyBinding(.confirm, [.enter], does: .perform(.confirm(note: nil))),
                KeyBinding(.fail, [.character("f")], does: .openPrompt(.failReason)),
            ] + common(step, state) + [scroll]
        case .choice:
            let options = step.options
            let selected =
                options.indices.contains(state.stepView.selectedOption)
                ? state.stepView.selectedOption : nil
            return KeyBinding.numbers(.pickOption, count: options.count) {
                .perform(.choose(optionID: options[$0].id))
            }
                + [
                    .movement(.moveSelection, pages: false) { .moveSelection($0) },
                    KeyBinding(
                        .pickSelected, [.enter],
                        does: selected.map { .perform(.choose(optionID: options[$0].id)) }
                            ?? .ignore),
                ] + common(step, state) + [.pages(.scrollPage) { .scroll($0) }]
        case .input:
            return [KeyBinding(.enterInput, [.enter, .character("i")], does: .focusInputField)]
                + common(step, state) + [scroll]
        case .contact:
            return contactBindings(step, state)
        case .wait:
            return [KeyBinding(.endWaitEarly, [.enter], does: .openPrompt(.earlyWaitReason))]
                + common(step, state) + [scroll]
        case .end:
            return [KeyBinding(.finishEnd, [.enter], does: .perform(.done(note: nil)))]
                + common(step, state, skip: false)
                + [scroll]
        }
    }

    private static func contactBindings(_ step: StepPresentation, _ state: AppState) -> [KeyBinding]
    {
        let contacts = step.contacts
        // One contact needs no picking: its number is no key (and not on the key line).
        let several = contacts.count > 1
        let pick: [KeyBinding] =
            several
            ? KeyBinding.numbers(.pickContact, count: contacts.count) { .selectContact($0) }
                + [.movement(.moveSelection, pages: false) { .moveSelection($0) }]
            : []
        let contactIndex = several ? state.stepView.selectedContact : 0
        func call(_ command: KeyCommand, _ key: Character, _ result: CallResult) -> KeyBinding {
            guard let contactIndex, contacts.indices.contains(contactIndex) else {
                return KeyBinding(
                    command, [.character(key)],
                    does: .notice(StatusMessage(state.text.pickContactFirst, isError: true)))
            }
            let call = OperatorAction.recordCall(
                contactID: contacts[contactIndex].id, result: result, note: nil)
            return KeyBinding(command, [.character(key)], does: .perform(call))
        }
        let move =
            several
            ? KeyBinding.pages(.scrollPage) { .scroll($0) }
            : KeyBinding.movement(.scroll) { .scroll($0) }
        return pick + [
            call(.callReached, "r", .reached), call(.callNoAnswer, "a", .noAnswer),
            call(.callLeftMessage, "m", .leftMessage),
            KeyBinding(.nextAfterCalls, [.enter], does: .perform(.done(note: nil))),
        ] + common(step, state) + [move]
    }

    /// Skip (not on the end step), note, evidence, why (when the step has one), back, pause, help, quit.
    private static func common(_ step: StepPresentation, _ state: AppState, skip: Bool = true)
        -> [KeyBinding]
    {
        let skipRow =
            skip ? [KeyBinding(.skip, [.character("s")], does: .openPrompt(.skipReason))] : []
        let why =
            step.why == nil ? [] : [KeyBinding(.why, [.character("w")], does: .showOverlay(.why))]
        return skipRow + [
            KeyBinding(.note, [.character("n")], does: .openPrompt(.note)),
            KeyBinding(.evidence, [.character("e")], does: .openPrompt(.evidenceDescription)),
        ] + why + [
            KeyBinding(.back, [.character("b")], does: .perform(.back)),
            KeyBinding(.pause, [.character("p")], does: .perform(.pause)),
        ] + common(state)
    }
}
