import RunSession
import TerminalUI

/// The facilitator's keys: one table for what they do and for the hint bar.
enum FacilitatorKeys {
    enum Command: Sendable, Hashable {
        case open(FacilitatorForm.Purpose)
        /// Pause or resume, as the drill clock stands.
        case toggleClock
        case quit
    }

    static let table: [(key: Character, command: Command)] = [
        ("f", .open(.fire)), ("p", .toggleClock), ("o", .open(.observe)), ("a", .open(.answer)),
        ("i", .open(.improve)), ("e", .open(.end)), ("x", .open(.abort)), ("q", .quit),
    ]

    /// Carries out `key` on the screen; the request to send, if it makes one.
    static func handle(_ key: Key, _ state: inout FacilitatorState) -> DrillControlRequest? {
        if var form = state.form {
            switch form.apply(key) {
            case .editing: state.form = form
            case .cancelled: state.form = nil
            case .missing:
                state.form = form
                state.status = StatusMessage(state.text.fieldRequired, isError: true)
            case .send(let request):
                state.form = nil
                return request
            }
            return nil
        }
        guard case .character(let character) = key,
            let command = table.first(where: { $0.key == Character(character.lowercased()) })?
                .command
        else { return nil }
        if command == .quit {
            state.wantsToQuit = true
            return nil
        }
        guard !state.playerGone, state.snapshot?.drillEnded != true else { return nil }
        let purpose: FacilitatorForm.Purpose
        switch command {
        case .open(let chosen): purpose = chosen
        case .toggleClock: purpose = state.snapshot?.clockRunning == false ? .resume : .pause
        case .quit: return nil
        }
        switch FacilitatorForm.open(purpose, state) {
        case .form(let form):
            state.form = form
            state.status = nil
        case .nothingToChoose(let message): state.status = message
        }
        return nil
    }

    /// The hints of the bottom line.
    static func hints(_ state: FacilitatorState) -> [KeyHint] {
        let text = state.text
        if let form = state.form {
            var hints = [
                KeyHint(key: "Enter", label: text.keySubmit, isEssential: true),
                KeyHint(key: "Esc", label: text.keyCancel, isEssential: true),
            ]
            if case .choice = form.fields[form.current].entry {
                hints.append(KeyHint(key: "↑↓", label: text.keyChoose, isEssential: true))
            }
            return hints
        }
        return table.map { entry in
            let label: String
            switch entry.command {
            case .open(.fire): label = text.keyFire
            case .toggleClock:
                label =
                    state.snapshot?.clockRunning == false ? text.keyResumeClock : text.keyPauseClock
            case .open(.observe): label = text.keyObserve
            case .open(.answer): label = text.keyAnswer
            case .open(.improve): label = text.keyImprove
            case .open(.end): label = text.keyEndDrill
            case .open(.abort): label = text.keyRealIncident
            case .open(.pause), .open(.resume): label = text.keyPauseClock
            case .quit: label = text.keyQuitControl
            }
            return KeyHint(
                key: String(entry.key), label: label, isEssential: entry.command == .quit)
        }
    }
}
