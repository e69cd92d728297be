import Foundation
import RunEngine
import RunSession
import RunbookModel

/// Starts or resumes a run in the right front end and returns the exit status.
enum Launcher {
    /// The terminal UI's triage screen. Until a terminal UI can be shown here,
    /// the headless mode lists the runbooks to start with `shodo run ID`.
    static func triage(settings: Settings, library: RunbookLibrary) -> Int32 {
        let ja = settings.language == "ja"
        StandardStreams.output(ja ? "何が起きましたか？" : "What happened?")
        for runbook in library.runbooks.sorted(by: TriageOrder.isBefore) {
            let title = runbook.title.resolved(preferred: settings.language, fallback: runbook.language)
            StandardStreams.output("  shodo run \(runbook.id)    \(title)")
        }
        return 0
    }

    static func startHeadless(settings: Settings, library: RunbookLibrary, runbookID: String, isDrill: Bool = false) -> Int32 {
        let operatorName = OperatorName.resolve(settings.operatorName, language: settings.language)
        let destination: JournalDestination = settings.journalFile.map { .file($0) } ?? .directory(settings.journalDirectory)
        let request = RunStartRequest(
            runbookID: runbookID, machine: RunStateMachine(library: library), language: settings.language,
            operatorName: operatorName, destination: destination, isDrill: isDrill)
        do {
            SignalTrap.install()
            let run = try JournaledRun.start(request)
            return drive(run)
        } catch {
            StandardStreams.error(error.message(language: settings.language))
            return HeadlessExit.refused.rawValue
        }
    }

    static func resumeHeadless(settings: Settings, library: RunbookLibrary, journal: String?) -> Int32 {
        let path: String
        if let journal {
            path = journal
        } else if let newest = UnfinishedRuns.newest(in: settings.journalDirectory) {
            path = newest.path
        } else {
            StandardStreams.error(SessionError.noUnfinishedRun(directory: settings.journalDirectory).message(language: settings.language))
            return HeadlessExit.refused.rawValue
        }
        let operatorName = OperatorName.resolve(settings.operatorName, language: settings.language)
        do {
            SignalTrap.install()
            let run = try JournaledRun.resume(
                path: path, machine: RunStateMachine(library: library), operatorName: operatorName,
                language: settings.language)
            return drive(run)
        } catch {
            StandardStreams.error(error.message(language: settings.language))
            return HeadlessExit.refused.rawValue
        }
    }

    private static func drive(_ run: JournaledRun) -> Int32 {
        var input = StandardInputLines()
        let runner = HeadlessRunner(
            run: run, output: StandardOutputSink(descriptor: STDOUT_FILENO),
            errors: StandardOutputSink(descriptor: STDERR_FILENO))
        let status = runner.drive(&input)
        SignalTrap.exitForPendingSignal()
        return status.rawValue
    }
}
