import ActionJournal
import Foundation
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Every decision of every bundled runbook, walked headless to an end")
struct EveryPathTests {
    static let runbookIDs = BundledContent.library.runbooks.map(\.id)

    @Test(arguments: runbookIDs)
    func everyOptionAndEveryCheckOutcomeLeadsToAnEndWithAVerifiedJournal(_ runbookID: String) throws
    {
        let machine = RunStateMachine(library: BundledContent.library)
        let (walks, uncovered) = DecisionWalks(machine: machine, runbookID: runbookID).plan()
        #expect(uncovered.isEmpty, "decisions that cannot reach an end: \(uncovered)")
        #expect(!walks.isEmpty)
        let directory = TemporaryDirectory("shodo-walk")
        defer { directory.remove() }
        for walk in walks {
            let run = try JournaledRun.start(
                RunStartRequest(
                    runbookID: RunbookID(runbookID), machine: machine, language: "ja",
                    operatorName: "試験",
                    destination: .directory(directory.path), clock: ManualJournalClock(),
                    machineFacts: FixedMachineFacts(),
                    sealKeyStore: nil))
            let output = CollectedText()
            let errors = CollectedText()
            var lines = ScriptedLines(walk.actions.dropFirst().map(HeadlessLine.text))
            let exit = HeadlessRunner(run: run, output: output, errors: errors).drive(&lines)
            #expect(exit == .ended, "\(runbookID): \(errors.text)")
            let report = try JournalVerifier.verify(path: run.journalPath)
            #expect(report.isIntact)
            #expect(
                output.text.hasSuffix(
                    "verification code \(report.verificationCode?.description ?? "?")\n"))
        }
    }
}

/// An action as the headless protocol spells it.
enum HeadlessLine {
    static func text(_ action: OperatorAction) -> String {
        switch action {
        case .done(let note): return "done" + (note.map { " " + $0 } ?? "")
        case .endWait(let reason, _): return "done" + (reason.map { " " + $0 } ?? "")
        case .confirm(let note): return "confirm" + (note.map { " " + $0 } ?? "")
        case .fail(let reason): return "fail \(reason)"
        case .choose(let option): return "choose \(option)"
        case .input(let value): return "input \(value)"
        case .recordCall(let contact, let result, let note):
            return [result.rawValue, contact, note].compactMap { $0 }.joined(separator: " ")
        case .skip(let reason): return "skip \(reason)"
        case .note(let text): return "note \(text)"
        case .back: return "back"
        case .pause: return "pause"
        case .abort(let reason): return "abort \(reason)"
        case .unable(let reason): return "unable \(reason)"
        case .registerEvidence(let registration):
            guard let file = registration.file else {
                return "evidence \(registration.description)"
            }
            return "evidence-file \(file.path) \(registration.description)"
        case .start, .resume: return "# \(action.word)"
        }
    }
}
