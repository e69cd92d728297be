import ArgumentParser

/// `shodo resume [JOURNAL] [--headless]`
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an interrupted run from its journal, at the step where it stopped.",
        discussion:
            "Without JOURNAL, the newest unfinished run in the journal directory is resumed.")

    @Argument(help: "The journal file (default: the newest unfinished run).") var journal: String?
    @Flag(help: "Plain text on standard output, actions from standard input; no curses.")
    var headless = false
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try Settings.resolve(options)
        let library = try LibraryLoading.load(settings, strict: false)
        throw ExitCode(
            Launcher.resume(
                settings: settings, library: library, journal: journal, headless: headless))
    }
}
