import ArgumentParser
import Foundation
import RunEngine
import RunSession

/// `shodo drill …`: an exercise, and what follows it. `shodo drill SCENARIO` runs one
/// (the default subcommand); `report`, `improvement`, `register` and `trends` come after.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Drills: run a scenario (`shodo drill SCENARIO`), then its report, improvement items, register, trends.",
        subcommands: [
            DrillRunCommand.self, DrillControlCommand.self, DrillReportCommand.self, DrillImprovementCommand.self,
            DrillRegisterCommand.self, DrillTrendsCommand.self,
        ],
        defaultSubcommand: DrillRunCommand.self)
}

/// `shodo drill SCENARIO --headless [--team NAME]` (also `shodo drill run SCENARIO`).
struct DrillRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a drill scenario (an exercise, never a real incident): its runbook, injects and hot wash.",
        discussion: """
            Headless (--headless): the actions of `shodo run --headless`, plus `ack INJECT_ID` (acknowledge an inject,
            printed as `inject INJECT_ID: TEXT`), and after the run ends `hotwash ANSWER` (the next hot-wash question)
            and `done` (ends the drill). The journal's name starts with DRILL-.
            Exit status: 0 the drill ended, 1 an action was refused, 2 bad usage, 3 input ended first.
            """)

    @Argument(help: "The scenario's id (bundled ones are in Runbooks/drills/).") var scenarioID: String
    @Flag(help: "Plain text on standard output, actions from standard input; no curses.") var headless = false
    @Option(help: "The team playing, recorded in drill.started.") var team: String?
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let ja = settings.language == "ja"
        let library = try LibraryLoading.load(settings, strict: false)
        guard let scenario = library.scenario(scenarioID) else {
            let known = library.scenarios.map(\.id).sorted().joined(separator: ", ")
            StandardStreams.error(
                ja
                    ? "訓練シナリオ「\(scenarioID)」はありません。読み込まれているシナリオ: \(known.isEmpty ? "なし" : known)"
                    : "No drill scenario '\(scenarioID)' is loaded. Loaded scenarios: \(known.isEmpty ? "none" : known)")
            throw ExitCode(2)
        }
        guard headless else {
            StandardStreams.error(
                ja
                    ? "この版の `shodo drill` は --headless だけで動きます（訓練用の端末画面はまだありません）。"
                    : "This version of `shodo drill` runs with --headless only (there is no terminal screen for drills yet).")
            throw ExitCode(2)
        }
        let operatorName = OperatorName.resolve(settings.operatorName, language: settings.language, environment: settings.environment)
        let destination: JournalDestination = settings.journalFile.map { .file($0) } ?? .directory(settings.journalDirectory)
        let request = RunStartRequest(
            runbookID: scenario.runbookID, machine: RunStateMachine(library: library), language: settings.language,
            operatorName: operatorName, destination: destination)
        let status: Int32
        do {
            SignalTrap.install()
            status = Launcher.driveDrill(try DrillSession.start(request, scenario: scenario, team: team))
        } catch {
            StandardStreams.error(error.message(language: settings.language))
            status = HeadlessExit.refused.rawValue
        }
        throw ExitCode(status)
    }
}
