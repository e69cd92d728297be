import Foundation
import RunEngine
import RunbookModel

/// The headless front end of a drill (docs/cli.md "Drill words"): the run
/// protocol of docs/cli.md, plus `ack INJECT_ID`, `decision TEXT` then `rationale TEXT`
/// (tabletop: `decision.recorded` on the current step), `real-world` (the drill stops
/// for a real incident and the real run goes on with the same input), and after the
/// run ends `hotwash ANSWER` (the next question in order) and `done` (EndEx:
/// `drill.ended`, journal closed). A delivered inject is printed as
/// `inject INJECT_ID: TEXT`, before the action that found it due is carried out.
///
/// With a `control` server (`shodo drill control`), the socket is served while the
/// runner waits for the next line: what the facilitator does shows at once.
public struct DrillHeadlessRunner {
    public let session: DrillSession
    public let output: any TextSink
    public let errors: any TextSink
    /// Where and how the real journal of a `real-world` abort is written.
    public let realRunRequest: RunStartRequest
    public let control: DrillControlServer?
    private let printer: StepPrinter

    public init(
        session: DrillSession, realRunRequest: RunStartRequest, output: any TextSink,
        errors: any TextSink,
        control: DrillControlServer? = nil
    ) {
        self.session = session
        self.realRunRequest = realRunRequest
        self.output = output
        self.errors = errors
        self.control = control
        self.printer = StepPrinter(
            language: session.run.state.language,
            simulatesContacts: session.scenario.type.simulatesContacts)
    }

    private var run: JournaledRun { session.run }
    private var ja: Bool { run.state.language == .japanese }

    /// Runs until EndEx, a refusal, or the end of input.
    public func drive(_ input: inout some LineSource) -> HeadlessExit {
        output.write(ja ? "【訓練 / EXERCISE】\n\n" : "[EXERCISE / 訓練]\n\n")
        output.write(
            session.scenario.story.resolved(
                preferred: run.state.language, fallback: session.scenario.language) + "\n\n")
        // A drill resumed during its hot wash goes on with the next question.
        if run.state.hasEnded { showHotWash() } else { showCurrentStep() }
        var decision: String?
        let service = control.map { ControlService(server: $0, runner: self) }
        while true {
            guard let line = service.map({ input.nextLine(serving: $0) }) ?? input.nextLine() else {
                if session.hasEnded { return finish(.ended) }
                if !run.state.hasEnded { run.pauseIfOpen() }
                return finish(.paused)
            }
            if HeadlessCommand.isIgnorable(line) { continue }
            let (word, argument) = Self.split(line)
            if word == "real-world" { return switchToRealIncident(&input) }
            let problem =
                word == "decision" || word == "rationale"
                ? decide(word, argument, decision: &decision) : carryOut(line)
            if let problem { return refuse(problem) }
            if session.hasEnded { return finish(.ended) }
            if run.state.status == .paused { return finish(.paused) }
        }
    }

    /// Carries out one line; the refusal's words when it is refused.
    private func carryOut(_ line: String) -> String? {
        let language = run.state.language
        switch session.deliverDue() {
        case .failure(let error): return error.message(language: language)
        case .success(let injects): show(injects)
        }
        let (word, argument) = Self.split(line)
        switch word {
        case "ack":
            return session.acknowledge(argument).map { $0.message(language: language) }
        case "hotwash":
            if let error = session.answerHotWash(argument) {
                return error.message(language: language)
            }
            showHotWash()
            return nil
        case "done" where run.state.hasEnded:
            if let question = session.nextHotWashQuestion {
                return ja
                    ? "振り返りの質問に答えてから終えてください: \(question)"
                    : "answer the hot-wash question before ending: \(question)"
            }
            return session.end().map { $0.message(language: language) }
        default:
            break
        }
        let action: OperatorAction
        switch HeadlessCommand.parse(line, at: run.presentation, waitIsOver: run.waitIsOver) {
        case .failure(let problem): return problem.message(language: language)
        case .success(.action(let parsed)): action = parsed
        case .success(.evidence(let description, let filePath)):
            if case .failure(let error) = run.registerEvidence(
                description: description, filePath: filePath)
            {
                return error.message(language: language)
            }
            showCurrentStep()
            return nil
        }
        let answered = session.simulatedAnswer(to: action)
        switch session.perform(action) {
        case .failure(let error): return error.message(language: language)
        case .success(let performed): show(performed.delivered)
        }
        showCall(asked: action, answered: answered)
        // What the action itself set off without delay shows at once, above the next step.
        switch session.deliverDue() {
        case .failure(let error): return error.message(language: language)
        case .success(let injects): show(injects)
        }
        if run.state.hasEnded {
            if case .ended(let outcome) = run.state.status {
                output.write(
                    printer.renderEnd(outcome: outcome, verificationCode: run.verificationCode)
                        + "\n")
            }
            showHotWash()
        } else {
            showCurrentStep()
        }
        return nil
    }

    /// `decision TEXT` keeps the decision; `rationale TEXT` journals it with its
    /// rationale on the current step, decided by the operator (tabletop only).
    private func decide(_ word: Substring, _ argument: String, decision: inout String?) -> String? {
        let language = run.state.language
        guard session.isTabletop else {
            return ja ? "`\(word)` は机上訓練（tabletop）だけで使えます" : "`\(word)` is for tabletop drills only"
        }
        switch session.deliverDue() {
        case .failure(let error): return error.message(language: language)
        case .success(let injects): show(injects)
        }
        let text = argument.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            return ja ? "`\(word)` のあとに文を書いてください" : "`\(word)` needs a text after it"
        }
        guard word == "rationale" else {
            decision = text
            output.write(
                ja
                    ? "決定を控えました。`rationale 理由` で記録します。\n"
                    : "Decision noted; `rationale TEXT` records it.\n")
            return nil
        }
        guard let decided = decision else {
            return ja ? "先に `decision 決定` を書いてください" : "give the `decision TEXT` first"
        }
        guard let step = run.presentation?.stepID else {
            return ja
                ? "決定を記録する手順がありません（手順は終わっています）"
                : "no step to record a decision on (the run has ended)"
        }
        if let error = session.recordDecision(
            step: step, decision: decided, rationale: text, decidedBy: run.operatorName)
        {
            return error.message(language: language)
        }
        decision = nil
        output.write(ja ? "決定を記録しました。\n" : "Decision recorded.\n")
        return nil
    }

    /// `real-world`: the drill journal closes with `drill.real-world`, the real journal
    /// opens at the runbook's first step, and the rest of the input drives the real run.
    private func switchToRealIncident(_ input: inout some LineSource) -> HeadlessExit {
        let real: JournaledRun
        do {
            real = try session.switchToRealIncident(realRunRequest)
        } catch {
            return refuse(error.message(language: run.state.language))
        }
        output.write(
            ja
                ? "== これは実際のインシデントです。訓練を中止しました。本番の記録: \(real.journalPath) ==\n\n"
                : "== This is a real incident. The drill is stopped. Real journal: \(real.journalPath) ==\n\n"
        )
        return HeadlessRunner(run: real, output: output, errors: errors).drive(&input)
    }

    /// Shows to the player what the facilitator did over the control socket.
    fileprivate func show(_ event: DrillControlServer.Event) {
        switch event {
        case .attached(let name):
            output.write(
                ja ? "（訓練）進行役 \(name) が接続しました\n" : "(drill) facilitator \(name) attached\n")
        case .detached(let name):
            output.write(
                ja ? "（訓練）進行役 \(name) が切断しました\n" : "(drill) facilitator \(name) detached\n")
        case .delivered(let injects): show(injects)
        case .clockPaused(let reason):
            output.write((ja ? "（訓練）時計を停止: " : "(drill) clock paused: ") + reason + "\n")
        case .clockResumed(let reason):
            output.write((ja ? "（訓練）時計を再開: " : "(drill) clock resumed: ") + reason + "\n")
        case .answered(let contact, let script):
            output.write(
                (ja ? "（訓練）\(contact): " : "(drill) \(contact): ")
                    + (script ?? (ja ? "応答あり" : "answered")) + "\n")
            showCurrentStep()
        case .ended: break
        case .abortedForRealIncident(let real):
            output.write(
                ja
                    ? "【実際のインシデント】訓練を中止しました。ここからは実際の対応です。記録: \(real)\n"
                    : "[REAL INCIDENT] The drill is stopped. From here on this is a real response. Journal: \(real)\n"
            )
        }
    }

    private func show(_ injects: [Inject]) {
        for inject in injects {
            output.write("inject \(inject.id): \(session.text(of: inject))\n")
        }
    }

    /// What the simulated person did: no answer yet, or the script once reached.
    private func showCall(asked: OperatorAction, answered: OperatorAction) {
        guard case .recordCall(let contactID?, let result, _) = answered else { return }
        if asked != answered {
            output.write(ja ? "（訓練）\(contactID): 応答なし\n" : "(drill) \(contactID): no answer\n")
        } else if result == .reached, let script = session.script(forContact: contactID) {
            output.write((ja ? "（訓練）\(contactID): " : "(drill) \(contactID): ") + script + "\n")
        }
    }

    private func showHotWash() {
        if let question = session.nextHotWashQuestion {
            output.write((ja ? "振り返り: " : "hot wash: ") + question + "\n")
        } else {
            output.write(
                ja
                    ? "振り返りは終わりです。`done` で訓練を終了します。\n"
                    : "Hot wash complete. `done` ends the drill.\n")
        }
    }

    private func showCurrentStep() {
        guard let step = run.presentation else { return }
        output.write(printer.render(step) + "\n\n")
    }

    private func refuse(_ message: String) -> HeadlessExit {
        errors.write((ja ? "拒否: " : "refused: ") + message + "\n")
        if !run.state.hasEnded { run.pauseWithoutRecord() }
        return .refused
    }

    private func finish(_ exit: HeadlessExit) -> HeadlessExit {
        if exit == .ended {
            output.write(
                (ja ? "訓練を終了しました。検証コード " : "Drill ended. verification code ") + run.verificationCode
                    + "\n")
        } else {
            output.write(
                (ja
                    ? "== 訓練は終了していません: \(run.journalPath) ==\n"
                    : "== The drill has not ended: \(run.journalPath) ==\n"))
        }
        return exit
    }

    private static func split(_ line: String) -> (word: Substring, argument: String) {
        let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard let space = line.firstIndex(of: " ") else { return (Substring(line), "") }
        return (line[..<space], String(line[line.index(after: space)...]))
    }
}

/// Serves the control socket while the runner waits for a line.
private final class ControlService: WaitingService {
    let server: DrillControlServer
    let runner: DrillHeadlessRunner

    init(server: DrillControlServer, runner: DrillHeadlessRunner) {
        self.server = server
        self.runner = runner
    }

    var pollDescriptors: [pollfd] { server.pollDescriptors }

    func serve() -> Bool {
        server.poll().forEach(runner.show)
        return runner.session.hasEnded
    }
}
