import Foundation
import RunEngine
import RunSession
import RunbookModel
import ShodoApp

/// Starts or resumes a run in the right front end and returns the exit status:
/// the terminal UI when the terminal can show it, else the headless line mode.
enum Launcher {
    /// `shodo`: the terminal UI's start and triage screens; without a usable
    /// terminal, the runbooks to start with `shodo run ID`.
    static func triage(settings: Settings, library: RunbookLibrary) -> Int32 {
        if InteractiveLauncher.isAvailable(headless: false, environment: settings.environment),
            let status = InteractiveLauncher.run(
                settings: settings, library: library, route: .triage)
        {
            return status
        }
        let ja = settings.language == .japanese
        StandardStreams.output(ja ? "何が起きましたか？" : "What happened?")
        for runbook in library.runbooks.sorted(by: TriageOrder.isBefore) {
            let title = runbook.title.resolved(
                preferred: settings.language, fallback: runbook.language)
            StandardStreams.output("  shodo run \(runbook.id)    \(title)")
        }
        return 0
    }

    /// `shodo run ID`: straight to the first step, in the UI unless `headless` or no terminal.
    static func start(
        settings: Settings, library: RunbookLibrary, runbookID: String, headless: Bool
    ) -> Int32 {
        if InteractiveLauncher.isAvailable(headless: headless, environment: settings.environment),
            let status = InteractiveLauncher.run(
                settings: settings, library: library, route: .runbook(runbookID))
        {
            return status
        }
        return startHeadless(settings: settings, library: library, runbookID: runbookID)
    }

    /// `shodo resume [JOURNAL]`: the stopped step, in the UI unless `headless` or no terminal.
    static func resume(
        settings: Settings, library: RunbookLibrary, journal: String?, headless: Bool
    ) -> Int32 {
        guard InteractiveLauncher.isAvailable(headless: headless, environment: settings.environment)
        else {
            return resumeHeadless(settings: settings, library: library, journal: journal)
        }
        guard let path = journalToResume(settings: settings, journal: journal) else {
            return HeadlessExit.refused.rawValue
        }
        return InteractiveLauncher.run(
            settings: settings, library: library, route: .resume(journalPath: path))
            ?? resumeHeadless(settings: settings, library: library, journal: path)
    }

    /// A request to start `runbookID` as the settings say (journal, operator, language).
    static func startRequest(
        settings: Settings, library: RunbookLibrary, runbookID: String, isDrill: Bool = false
    )
        -> RunStartRequest
    {
        let operatorName = OperatorName.resolve(
            settings.operatorName, language: settings.language, environment: settings.environment)
        let destination: JournalDestination =
            settings.journalFile.map { .file($0) } ?? .directory(settings.journalDirectory)
        return RunStartRequest(
            runbookID: RunbookID(runbookID), machine: RunStateMachine(library: library),
            language: settings.language,
            operatorName: operatorName, destination: destination, isDrill: isDrill,
            clock: LivePorts.clock(),
            machineFacts: LivePorts.machineFacts, sealKeyStore: settings.directories.sealKeyStore)
    }

    static func startHeadless(
        settings: Settings, library: RunbookLibrary, runbookID: String, isDrill: Bool = false
    ) -> Int32 {
        let request = startRequest(
            settings: settings, library: library, runbookID: runbookID, isDrill: isDrill)
        do {
            SignalTrap.install()
            let run = try JournaledRun.start(request)
            return drive(run)
        } catch {
            StandardStreams.error(error.message(language: settings.language))
            return HeadlessExit.refused.rawValue
        }
    }

    static func resumeHeadless(settings: Settings, library: RunbookLibrary, journal: String?)
        -> Int32
    {
        guard let path = journalToResume(settings: settings, journal: journal) else {
            return HeadlessExit.refused.rawValue
        }
        let operatorName = OperatorName.resolve(
            settings.operatorName, language: settings.language, environment: settings.environment)
        do {
            SignalTrap.install()
            if DrillSession.isDrillJournal(path) {
                let session = try DrillSession.resume(
                    path: path, machine: RunStateMachine(library: library),
                    scenarios: library.scenarios,
                    operatorName: operatorName, clock: LivePorts.clock(),
                    machineFacts: LivePorts.machineFacts)
                return driveDrill(session, settings: settings)
            }
            let run = try JournaledRun.resume(
                path: path, machine: RunStateMachine(library: library), operatorName: operatorName,
                language: settings.language, clock: LivePorts.clock(),
                machineFacts: LivePorts.machineFacts)
            return drive(run)
        } catch {
            StandardStreams.error(error.message(language: settings.language))
            return HeadlessExit.refused.rawValue
        }
    }

    /// The journal named, else the newest unfinished run; nil (after saying so) when there is none.
    private static func journalToResume(settings: Settings, journal: String?) -> String? {
        if let journal { return journal }
        if let newest = UnfinishedRuns.newest(in: settings.journalDirectory) { return newest.path }
        StandardStreams.error(
            SessionError.noUnfinishedRun(directory: settings.journalDirectory).message(
                language: settings.language))
        return nil
    }

    /// Drives a drill headless (`shodo drill --headless`, or `shodo resume` of a drill's journal).
    /// A `real-world` abort (the player's or the facilitator's) opens the real journal beside
    /// the drill's (`DrillSession.realRunDestination`). The facilitator's control socket is
    /// opened beside the journal; a drill runs on without it when it cannot be (the reason is
    /// said once).
    static func driveDrill(_ session: DrillSession, settings: Settings) -> Int32 {
        var input = StandardInputLines()
        let realRun = session.realRunRequest(sealKeyStore: settings.directories.sealKeyStore)
        let errors = StandardOutputSink(descriptor: STDERR_FILENO)
        let control: DrillControlServer?
        switch DrillControlServer.open(for: session, realRunRequest: realRun) {
        case .success(let server): control = server
        case .failure(let error):
            errors.write(error.message(language: session.run.state.language) + "\n")
            control = nil
        }
        let runner = DrillHeadlessRunner(
            session: session, realRunRequest: realRun,
            output: StandardOutputSink(descriptor: STDOUT_FILENO),
            errors: errors, control: control)
        let status = runner.drive(&input)
        control?.close()
        // A real-world abort from the facilitator: the same input carries on with the real run.
        if let real = control?.realRun {
            input.giveBackUnreadInput()
            return drive(real)
        }
        SignalTrap.exitForPendingSignal()
        return status.rawValue
    }

    private static func drive(_ run: JournaledRun) -> Int32 {
        var input = StandardInputLines()
        let runner = HeadlessRunner(
            run: run, output: StandardOutputSink(descriptor: STDOUT_FILENO),
            errors: StandardOutputSink(descriptor: STDERR_FILENO))
        let status = runner.drive(&input)
        input.giveBackUnreadInput()
        SignalTrap.exitForPendingSignal()
        return status.rawValue
    }
}
