import ArgumentParser
import Foundation
import RunSession

/// `shodo` (初動, "first response"): guided first response to a hospital cyber
/// incident, with a tamper-evident journal. One file per subcommand; this
/// executable only parses, validates and hands off to the modules.
@main
struct Shodo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shodo",
        abstract:
            "Guided first response to a hospital cyber incident, with a tamper-evident journal.",
        discussion: """
            Without a subcommand, opens the terminal UI on the triage screen (何が起きましたか？ / What happened?).
            When the terminal cannot show it (TERM=dumb, not a tty), falls back to the headless line mode.
            """,
        version: ProgramIdentity.version,
        subcommands: [
            RunCommand.self, ResumeCommand.self, ListCommand.self, ValidateCommand.self,
            JournalCommand.self,
            ReviewCommand.self, PrintCommand.self, DrillCommand.self,
        ])

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Self.openTriage(options.values)
    }

    /// The terminal UI's triage screen (or, without a terminal, the list of runbooks to start).
    static func openTriage(_ options: GlobalOptionValues) throws {
        let settings = try Settings.resolve(options)
        let library = try LibraryLoading.load(settings, strict: false)
        throw ExitCode(Launcher.triage(settings: settings, library: library))
    }

    /// Parses and runs, mapping bad usage to exit status 2 as docs/cli.md "Exit statuses" says
    /// (ArgumentParser's own default is 64). The plain start skips ArgumentParser
    /// (`QuickStartArguments`); its errors end the same way.
    static func main() {
        do {
            if let options = QuickStartArguments.parse(Array(CommandLine.arguments.dropFirst())) {
                try openTriage(options)
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                exit(withError: error)
            }
            StandardStreams.error(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
