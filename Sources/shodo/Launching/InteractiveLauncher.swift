import ActionJournal
import CursesTerminal
import Foundation
import RunSession
import RunbookModel
import ShodoApp

/// Runs the terminal UI on the real terminal, when it can be driven there.
enum InteractiveLauncher {
    /// Whether the terminal UI should run: not `--headless`, both standard
    /// streams a terminal, and a TERM that can position the cursor (docs/ncurses.md P6).
    static func isAvailable(headless: Bool, environment: [String: String]) -> Bool {
        guard !headless else { return false }
        return MainActor.assumeIsolated {
            CursesScreen.canDrive(
                environment: environment, isTTY: CursesScreen.standardStreamsAreTerminals())
        }
    }

    /// Runs the UI for `route` and returns the exit status; nil when curses
    /// could not start after all, so the caller falls back to the line mode.
    /// A signal ends the process here, after the journal and terminal are restored.
    /// The journal browser checks seals with the key in `sealKeyFile` (`shodo journal browse --key FILE`).
    static func run(settings: Settings, library: RunbookLibrary, route: AppRoute, sealKeyFile: String? = nil) -> Int32? {
        MainActor.assumeIsolated {
            let screen: CursesScreen
            do {
                screen = try CursesScreen()
            } catch {
                StandardStreams.error("\(error)")
                return nil
            }
            let directories = settings.directories
            let machineFacts = LivePorts.machineFacts
            let environment = AppEnvironment(
                library: library, language: settings.language,
                journalDestination: settings.journalFile.map { .file($0) } ?? .directory(settings.journalDirectory),
                operatorName: settings.operatorName, operatorMemory: FileOperatorMemory(path: directories.operatorFile),
                clock: LivePorts.clock(), machineFacts: machineFacts, sealKeyStore: directories.sealKeyStore,
                journalCatalog: DirectoryJournalCatalog(
                    directory: settings.journalDirectory, machineFacts: machineFacts, sealKeyFile: sealKeyFile),
                contactsWarning: settings.contactsWarning(for: library))
            let controller = AppController(environment: environment, route: route)
            let exit = EventLoop(terminal: screen, controller: controller).run()
            screen.restore()
            for line in exit.farewell {
                StandardStreams.output(line)
            }
            if let signal = exit.signal { CursesScreen.exitBySignal(signal) }
            return exit.status
        }
    }
}
