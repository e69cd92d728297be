import TerminalUI

@testable import ShodoApp

/// The help overlay checked against what the keys do, never against the table it
/// is drawn from: each line the help lists is pressed, key by key, and must do
/// what the test (not the app) says that label means; and every key that does
/// something on the screen must do something the help lists.
enum HelpKeyCheck {
    /// What a label means, written in the test: does `intent` do it?
    typealias Meaning = @Sendable (AppIntent) -> Bool

    /// Typing into a field or search: no key line lists the letters.
    private static func isTyping(_ intent: AppIntent) -> Bool {
        switch intent {
        case .editInput, .editPrompt, .editSearch, .editOperatorName: true
        default: false
        }
    }

    /// The `[KEYS] LABEL:` lines of the help over `below`.
    static func listed(below: AppState) -> [(keys: String, label: String)] {
        var open = below
        open.overlay = .help
        return HelpOverlay.box(open).lines.compactMap { line in
            let text = line.text
            guard text.hasPrefix("["), let close = text.firstIndex(of: "]"),
                let colon = text.range(of: ": ", range: close..<text.endIndex)
            else { return nil }
            let keys = String(text[text.index(after: text.startIndex)..<close])
            let label = String(text[text.index(close, offsetBy: 2)..<colon.lowerBound])
            return (keys, label)
        }
    }

    /// Everything the help over `below` gets wrong, given what each label means on
    /// the screen (`meanings`) and in the help itself (`inHelp`: abort); empty when nothing.
    static func problems(
        below: AppState, meanings: [String: Meaning], inHelp: [String: Meaning] = [:]
    ) -> [String] {
        var open = below
        open.overlay = .help
        let lines = listed(below: below)
        var problems: [String] = []
        for label in (Array(meanings.keys) + Array(inHelp.keys)).sorted()
        where !lines.contains(where: { $0.label == label }) {
            problems.append("the help does not list '\(label)'")
        }
        for line in lines {
            let (meaning, state) =
                meanings[line.label].map { ($0, below) } ?? (inHelp[line.label], open)
            guard let meaning else {
                problems.append("the help lists '\(line.label)', which this screen should not have")
                continue
            }
            let keys = NothingCutRenderTests.candidateKeys.filter {
                NothingCutRenderTests.names(line.keys, $0)
            }
            if keys.isEmpty { problems.append("[\(line.keys)] \(line.label) names no key") }
            for key in keys where !meaning(Keymap.intent(for: key, in: state)) {
                problems.append(
                    "[\(line.keys)] \(line.label): \(key) does \(Keymap.intent(for: key, in: state))"
                )
            }
        }
        let listedMeanings = lines.compactMap { meanings[$0.label] }
        for key in NothingCutRenderTests.candidateKeys {
            let intent = Keymap.intent(for: key, in: below)
            if intent == .ignore || isTyping(intent) { continue }
            if !listedMeanings.contains(where: { $0(intent) }) {
                problems.append("\(key) does \(intent), which the help does not list")
            }
        }
        return problems
    }

    // MARK: - Meanings

    static func exactly(_ expected: AppIntent) -> Meaning { { $0 == expected } }

    static let scrolls: Meaning = {
        if case .scroll = $0 { return true }
        return false
    }

    static let movesSelection: Meaning = {
        if case .moveSelection = $0 { return true }
        return false
    }

    static let picksTriageEntry: Meaning = {
        if case .pickTriageEntry = $0 { return true }
        return false
    }

    // MARK: - A drill's meanings

    /// Acknowledges the inject card with id `id` (`inject.acknowledged`), the oldest shown.
    static func acknowledgesInject(_ id: String) -> Meaning { exactly(.acknowledgeInject(id)) }

    /// Opens the tabletop decision's first field (what was decided), with no step action waiting on it.
    static let recordsDecision = exactly(.openPrompt(.decision(pending: nil)))

    /// Asks 「これは実際のインシデントです」 first, never stops the drill at once.
    static let asksIfItIsReal = exactly(.showOverlay(.realWorldConfirmation))

    /// Opens the field for the answer to the next hot-wash question.
    static let answersHotWash = exactly(.openPrompt(.hotWashAnswer))

    /// Opens the results of the drill journal at `row` of the browser.
    static func opensDrillResults(row: Int) -> Meaning { exactly(.openDrillSummary(row)) }

    /// Lists the next kind of journal in the browser (all, real incidents, drills).
    static let cyclesDrillFilter = exactly(.cycleJournalDrillFilter)
}
