import ActionJournal
import RunEngine

/// The headless front end: shows the current step as text, reads one action
/// per line, carries it out and journals it before reading the next.
public struct HeadlessRunner {
    public let run: JournaledRun
    public let output: any TextSink
    public let errors: any TextSink
    private let printer: StepPrinter

    public init(run: JournaledRun, output: any TextSink, errors: any TextSink) {
        self.run = run
        self.output = output
        self.errors = errors
        self.printer = StepPrinter(language: run.state.language)
    }

    private var ja: Bool { run.state.language == .japanese }

    /// Runs until the run ends, an action is refused, or input ends.
    public func drive(_ input: inout some LineSource) -> HeadlessExit {
        if !run.completedOnResume.isEmpty {
            let kinds = run.completedOnResume.joined(separator: ", ")
            output.write(
                (ja
                    ? "== 中断で書かれなかった記録を補完しました: \(kinds) =="
                    : "== Completed what a crash left unwritten: \(kinds) ==")
                    + "\n")
        }
        // A resume that only finished an ended run's last records has nothing to ask.
        if run.state.hasEnded { return finish() }
        showCurrentStep()
        while true {
            guard let line = input.nextLine() else {
                run.pauseIfOpen()
                return finish()
            }
            if HeadlessCommand.isIgnorable(line) { continue }
            let result: Result<[JournalRecord], SessionError>
            switch HeadlessCommand.parse(line, at: run.presentation, waitIsOver: run.waitIsOver) {
            case .failure(let problem):
                return refuse(problem.message(language: run.state.language))
            case .success(.action(let action)):
                result = run.perform(action)
            case .success(.evidence(let description, let filePath)):
                result = run.registerEvidence(description: description, filePath: filePath)
            }
            if case .failure(let error) = result {
                return refuse(error.message(language: run.state.language))
            }
            if run.state.hasEnded || run.state.status == .paused {
                return finish()
            }
            showCurrentStep()
        }
    }

    private func showCurrentStep() {
        guard let step = run.presentation else { return }
        output.write(printer.render(step) + "\n\n")
    }

    /// The refusal itself journals nothing (docs/cli.md "Headless action protocol"); then the
    /// run is paused as on the end of input — `run.paused`, sealed as usual — and the
    /// verification code is printed.
    private func refuse(_ message: String) -> HeadlessExit {
        errors.write((ja ? "拒否: " : "refused: ") + message + "\n")
        run.pauseIfOpen()
        if run.failure == nil, run.state.status == .paused { writePausedNotice() }
        return .refused
    }

    private func finish() -> HeadlessExit {
        if case .ended(let outcome) = run.state.status {
            output.write(
                printer.renderEnd(outcome: outcome, verificationCode: run.verificationCode) + "\n")
            return .ended
        }
        if let failure = run.failure {
            errors.write(
                SessionError.journalFailed(failure).message(language: run.state.language) + "\n")
            return .refused
        }
        writePausedNotice()
        return .paused
    }

    private func writePausedNotice() {
        output.write(
            (ja
                ? "== 一時停止しました。`shodo resume \(run.journalPath)` で続きから再開できます ==\n"
                : "== Paused. Continue with `shodo resume \(run.journalPath)` ==\n")
                + "verification code \(run.verificationCode)\n")
    }
}
