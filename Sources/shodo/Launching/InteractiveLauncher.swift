import ActionJournal
import CursesTerminal
import Foundation
import Localization
import RunSession
import RunbookModel
import ShodoApp
import StopSignals

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
    static func run(
        settings: Settings, library: RunbookLibrary, route: AppRoute, sealKeyFile: String? = nil
    ) -> Int32? {
        MainActor.assumeIsolated {
            guard let screen = openScreen() else { return nil }
            let directories = settings.directories
            let machineFacts = LivePorts.machineFacts
            let environment = AppEnvironment(
                library: library, language: settings.language,
                journalDestination: settings.journalFile.map { .file($0) }
                    ?? .directory(settings.journalDirectory),
                operatorName: settings.operatorName,
                operatorMemory: FileOperatorMemory(path: directories.operatorFile),
                clock: LivePorts.clock(), machineFacts: machineFacts,
                sealKeyStore: directories.sealKeyStore,
                journalCatalog: DirectoryJournalCatalog(
                    directory: settings.journalDirectory, sealKeyFile: sealKeyFile),
                drillControl: LiveDrillControl(),
                contactsWarning: settings.contactsWarning(for: library))
            let controller = AppController(environment: environment, route: route)
            let exit = EventLoop(terminal: screen, controller: controller).run()
            screen.restore()
            for line in exit.farewell {
                StandardStreams.output(line)
            }
            if let signal = exit.signal { StopSignals.exit(by: signal) }
            return exit.status
        }
    }

    /// The facilitator's screen (`shodo drill control JOURNAL`) on the real terminal, attached as
    /// `facilitator`; nil when curses could not start, so the caller falls back to the line mode.
    static func control(journal: String, facilitator: String, language: Language) -> Int32? {
        MainActor.assumeIsolated {
            let client: DrillControlClient
            switch DrillControlClient.attach(journal: journal, facilitator: facilitator) {
            case .failure(let error):
                StandardStreams.error(error.message(language: language))
                return 1
            case .success(let attached): client = attached
            }
            defer { client.detach() }
            guard let screen = openScreen() else { return nil }
            let exit = FacilitatorLoop(
                terminal: screen, client: client, language: language,
                offset: DrillControlCommand.recordedOffset(of: journal),
                clock: LivePorts.clock()
            ).run()
            screen.restore()
            if let signal = exit.signal { StopSignals.exit(by: signal) }
            return exit.status
        }
    }

    /// The curses screen, or nil (after saying why) when it cannot start.
    @MainActor
    private static func openScreen() -> CursesScreen? {
        do {
            return try CursesScreen()
        } catch {
            StandardStreams.error("\(error)")
            return nil
        }
    }
}
