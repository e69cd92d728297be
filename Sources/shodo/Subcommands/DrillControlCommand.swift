import ArgumentParser
import Foundation
import JournalSummaries
import Localization
import Notation
import RunSession
import ShodoApp

/// `shodo drill control JOURNAL [--headless]`: the facilitator's view of a running drill,
/// attached through the socket beside its journal (docs/drills.md "The two screens: the player's and the facilitator's").
struct DrillControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "control",
        abstract:
            "The facilitator's view of a running drill, from another terminal on the same machine.",
        discussion: """
            Attaches to the player's process through JOURNAL.control (a Unix socket, mode 0600, same user). The \
            player's process stays the journal's only writer; what the facilitator does is journaled by it with the \
            facilitator's name (--operator) as actor. One facilitator at a time: a second is refused.
            Headless (--headless): one request a line, `fire INJECT`, `pause [REASON]`, `resume [REASON]`, \
            `observe [milestone=ID] [step=ID] [rating=MARK] TEXT`, `answer CONTACT`, \
            `improve category=C owner=NAME due=YYYY-MM-DD FINDING | ACTION`, `end`, and `status` (prints the view).
            Exit status: 0 input ended (the drill goes on) or the drill ended, 1 refused, 2 bad usage.
            """)

    @Argument(help: "The drill's journal (DRILL-….jsonl) the player is writing.") var journal:
        String
    @Flag(help: "Requests from standard input, replies on standard output; no curses.")
    var headless = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let facilitator = OperatorName.resolve(
            settings.operatorName, language: settings.language, environment: settings.environment)
        if InteractiveLauncher.isAvailable(headless: headless, environment: settings.environment),
            let status = InteractiveLauncher.control(
                journal: journal, facilitator: facilitator, language: settings.language)
        {
            throw ExitCode(status)
        }
        switch DrillControlClient.attach(journal: journal, facilitator: facilitator) {
        case .failure(let error):
            StandardStreams.error(error.message(language: settings.language))
            throw ExitCode(1)
        case .success(let client):
            defer { client.detach() }
            throw ExitCode(Self.driveHeadless(client, language: settings.language))
        }
    }

    /// One request a line; stops at the first refusal (1), at the end of input or of the drill (0).
    static func driveHeadless(_ client: DrillControlClient, language: Language) -> Int32 {
        let ja = language == .japanese
        let clock = LivePorts.clock()
        var view = FacilitatorState(
            journal: client.journal, facilitator: client.facilitator, language: language,
            offset: recordedOffset(of: client.journal))
        StandardStreams.output(
            ja
                ? "\(client.journal) に進行役 \(client.facilitator) として接続しました"
                : "attached to \(client.journal) as \(client.facilitator)")
        while let line = readLine(strippingNewline: true) {
            let words = line.trimmingCharacters(in: .whitespaces)
            if words.isEmpty || words.hasPrefix("#") { continue }
            if words == "status" {
                // The snapshot a reply was followed by is already here: read what has come.
                let now = clock.now().wallMicroseconds
                view.take(client.messages() ?? [], atWall: now)
                FacilitatorScreen.render(view, size: FacilitatorScreen.plainSize, atWall: now).grid
                    .lines()
                    .forEach(StandardStreams.output)
                continue
            }
            let request: DrillControlRequest
            switch DrillControlRequest.parse(commandLine: words) {
            case .failure(let problem):
                StandardStreams.error((ja ? "拒否: " : "refused: ") + problem.message)
                return 1
            case .success(let parsed): request = parsed
            }
            switch client.request(request) {
            case .failure(let error):
                StandardStreams.error(error.message(language: language))
                return 1
            case .success(let reply) where !reply.ok:
                StandardStreams.error((ja ? "拒否: " : "refused: ") + reply.message)
                return 1
            case .success(let reply):
                StandardStreams.output("ok: " + reply.message)
                if case .end = request { return 0 }
            }
        }
        return 0
    }

    /// The offset the drill journal recorded (`tz` of its `journal.open`): the facilitator's
    /// times are shown in it, as every view shows a journal's times.
    static func recordedOffset(of journal: String) -> RecordedOffset {
        RecordedOffset(recorded: JournalSummary.read(path: journal).summary.opening?.timeZone)
    }
}
