import ArgumentParser
import Foundation
import RunEngine
import RunSession
import RunbookModel

/// `shodo drill …`: an exercise, and what follows it. `shodo drill SCENARIO` runs one
/// (the default subcommand); `report`, `improvement`, `register` and `trends` come after.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract:
            "Drills: run a scenario (`shodo drill SCENARIO`), then its report, improvement items, register, trends.",
        subcommands: [
            DrillRunCommand.self, DrillControlCommand.self, DrillReportCommand.self,
            DrillImprovementCommand.self,
            DrillRegisterCommand.self, DrillTrendsCommand.self,
        ],
        defaultSubcommand: DrillRunCommand.self)
}

/// `shodo drill SCENARIO [--team NAME] [--tabletop] [--headless]` (also `shodo drill run SCENARIO`).
struct DrillRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Run a drill scenario (an exercise, never a real incident): its runbook, injects and hot wash.",
        discussion: """
            In the terminal UI the runbook's screens show under the 【訓練 / EXERCISE】 banner; `o` acknowledges an
            inject, `!` then `y` stops the drill for a real incident. Headless (--headless, or no terminal): the actions
            of `shodo run --headless`, plus `ack INJECT_ID` (acknowledge an inject, printed as `inject INJECT_ID: TEXT`),
            `decision TEXT` and `rationale TEXT` (tabletop), `real-world` (a real incident: the drill journal closes
            and a real run of the same runbook starts), and after the run ends `hotwash ANSWER` (the next hot-wash
            question) and `done` (ends the drill). The journal's name starts with DRILL-.
            Exit status: 0 the drill ended, 1 an action was refused, 2 bad usage, 3 input ended first.
            """)

    @Argument(help: "The scenario's id (bundled ones are in Runbooks/drills/).") var scenarioID:
        String
    @Flag(help: "Plain text on standard output, actions from standard input; no curses.")
    var headless = false
    @Option(help: "The team playing, recorded in drill.started.") var team: String?
    @Flag(
        help:
            "Play it as a tabletop exercise: every step also records the decision, its rationale and who decided."
    )
    var tabletop = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let ja = settings.language == .japanese
        let library = try LibraryLoading.load(settings, strict: false)
        guard let scenario = library.scenario(scenarioID) else {
            let known = library.scenarios.map(\.id).sorted().joined(separator: ", ")
            StandardStreams.error(
                ja
                    ? "訓練シナリオ「\(scenarioID)」はありません。読み込まれているシナリオ: \(known.isEmpty ? "なし" : known)"
                    : "No drill scenario '\(scenarioID)' is loaded. Loaded scenarios: \(known.isEmpty ? "none" : known)"
            )
            throw ExitCode(2)
        }
        if InteractiveLauncher.isAvailable(headless: headless, environment: settings.environment),
            let status = InteractiveLauncher.run(
                settings: settings, library: library,
                route: .drill(scenarioID: scenario.id, team: team, tabletop: tabletop))
        {
            throw ExitCode(status)
        }
        let request = Launcher.startRequest(
            settings: settings, library: library, runbookID: scenario.runbookID)
        let status: Int32
        do {
            SignalTrap.install()
            let session = try DrillSession.start(
                request, scenario: scenario, team: team, tabletop: tabletop)
            status = Launcher.driveDrill(session, settings: settings)
        } catch {
            StandardStreams.error(error.message(language: settings.language))
            status = HeadlessExit.refused.rawValue
        }
        throw ExitCode(status)
    }
}
