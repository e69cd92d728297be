import ArgumentParser

/// `shodo run RUNBOOK_ID [--headless]`
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Run a runbook, in the terminal UI or headless (one action per line on standard input).",
        discussion: """
            Headless actions: done [NOTE], skip REASON, confirm [NOTE], fail REASON, choose OPTION_ID, input VALUE,
            reached|no-answer|left-message [CONTACT_ID] [NOTE], note TEXT, back, pause, abort REASON,
            unable REASON (an instruction or command step could not be done: goes to its on_unable).
            Exit status: 0 the run ended, 1 an action was refused, 2 bad usage, 3 input ended (the run is paused).
            """)

    @Argument(help: "The runbook's id (see `shodo list`).") var runbookID: String
    @Flag(help: "Plain text on standard output, actions from standard input; no curses.")
    var headless = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let library = try LibraryLoading.load(settings, strict: false)
        guard library.runbook(runbookID) != nil else {
            StandardStreams.error(
                settings.language == .japanese
                    ? "手順書「\(runbookID)」はありません。`shodo list` で一覧を確認してください。"
                    : "No runbook '\(runbookID)' is loaded. See `shodo list` for the ids.")
            throw ExitCode(2)
        }
        throw ExitCode(
            Launcher.start(
                settings: settings, library: library, runbookID: runbookID, headless: headless))
    }
}
