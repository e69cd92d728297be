import RunEngine
import RunbookModel
import TerminalUI

/// The keys of the step screen: the step kind's own keys first, then the common ones.
enum StepKeymap {
    static func intent(for key: Key, in state: AppState) -> AppIntent {
        guard let step = state.run?.presentation, state.hasOpenRun else {
            return Keymap.commonIntent(for: key, state: state)
        }
        if case .input = step.kind, state.stepView.inputFocused {
            switch key {
            case .enter: return .submitInput
            case .escape: return .leaveInputField
            default: return .editInput(key)
            }
        }
        if let drillIntent = DrillKeymap.stepIntent(for: key, in: state) { return drillIntent }
        if let kindIntent = kindIntent(for: key, step: step, state: state) { return kindIntent }
        return commonIntent(for: key, step: step, state: state)
    }

    /// Keys that mean something only on this kind of step; nil when the key is not one of them.
    private static func kindIntent(for key: Key, step: StepPresentation, state: AppState) -> AppIntent? {
        switch step.kind {
        case .instruction, .command:
            if key == .enter { return .perform(.done(note: nil)) }
            if Keymap.isCharacter(key, "r"), step.command?.runLocally == true { return .openPrompt(.localRunConfirmation) }
            return Keymap.isCharacter(key, "c") ? .openPrompt(.unableReason) : nil
        case .end:
            return key == .enter ? .perform(.done(note: nil)) : nil
        case .check:
            if key == .enter { return .perform(.confirm(note: nil)) }
            return Keymap.isCharacter(key, "f") ? .openPrompt(.failReason) : nil
        case .choice:
            if let index = Keymap.digitIndex(key, count: step.options.count) {
                return index < step.options.count ? .perform(.choose(optionID: step.options[index].id)) : .ignore
            }
            if let delta = selectionMovement(key) { return .moveSelection(delta) }
            guard key == .enter, step.options.indices.contains(state.stepView.selectedOption) else { return nil }
            return .perform(.choose(optionID: step.options[state.stepView.selectedOption].id))
        case .input:
            return key == .enter || Keymap.isCharacter(key, "i") ? .focusInputField : nil
        case .contact:
            return contactIntent(for: key, step: step, state: state)
        case .wait:
            return key == .enter ? .openPrompt(.earlyWaitReason) : nil
        case .include:
            return nil
        }
    }

    private static func contactIntent(for key: Key, step: StepPresentation, state: AppState) -> AppIntent? {
        if key == .enter { return .perform(.done(note: nil)) }
        // One contact needs no picking: its number is no key (and not on the key line).
        if step.contacts.count > 1, let index = Keymap.digitIndex(key, count: step.contacts.count) {
            return index < step.contacts.count ? .selectContact(index) : .ignore
        }
        if let delta = selectionMovement(key), step.contacts.count > 1 { return .moveSelection(delta) }
        let result: CallResult
        switch key {
        case .character("r"): result = .reached
        case .character("a"): result = .noAnswer
        case .character("m"): result = .leftMessage
        default: return nil
        }
        let contactIndex = step.contacts.count == 1 ? 0 : state.stepView.selectedContact
        guard let contactIndex, step.contacts.indices.contains(contactIndex) else {
            return .notice(StatusMessage(state.text.pickContactFirst, isError: true))
        }
        return .perform(.recordCall(contactID: step.contacts[contactIndex].id, result: result, note: nil))
    }

    /// One row up or down in a list of options or contacts; PageUp/PageDown are left to scroll the text.
    private static func selectionMovement(_ key: Key) -> Int? {
        guard key != .pageUp, key != .pageDown else { return nil }
        return Keymap.movement(key)
    }

    private static func commonIntent(for key: Key, step: StepPresentation, state: AppState) -> AppIntent {
        switch key {
        case .character("n"): return .openPrompt(.note)
        case .character("e"): return .openPrompt(.evidenceDescription)
        case .character("s"):
            if case .end = step.kind { return .ignore }
            return .openPrompt(.skipReason)
        case .character("w"): return step.why == nil ? .ignore : .showOverlay(.why)
        case .character("b"): return .perform(.back)
        case .character("p"): return .perform(.pause)
        default: break
        }
        if let delta = Keymap.movement(key) { return .scroll(delta) }
        return Keymap.commonIntent(for: key, state: state)
    }
}
