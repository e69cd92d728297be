import ActionJournal
import Foundation
import Localization
import RunEngine
import RunSession
import RunbookModel
import ShodoTestSupport

/// Starting fixture runs into a temporary journal directory.
struct SessionWorkspace {
    let directory = TemporaryDirectory("shodo-session")
    let clock = ManualJournalClock()
    /// The host, offset and clock state every journal of the workspace records.
    let machineFacts = FixedMachineFacts()

    func start(
        _ runbookID: RunbookID = "main", language: Language = "en",
        operatorName: String = "nurse-07",
        outputs: JournalOutputFactory = .durable, machine: RunStateMachine = FixtureRunbooks.machine
    ) throws -> JournaledRun {
        try JournaledRun.start(
            RunStartRequest(
                runbookID: runbookID, machine: machine, language: language,
                operatorName: operatorName,
                destination: .directory(directory.path), clock: clock, machineFacts: machineFacts,
                outputFactory: outputs,
                sealKeyStore: nil))
    }

    func resume(_ path: String, operatorName: String = "clerk-02") throws -> JournaledRun {
        try JournaledRun.resume(
            path: path, machine: FixtureRunbooks.machine, operatorName: operatorName, language: nil,
            clock: clock,
            machineFacts: machineFacts)
    }

    func records(_ path: String) throws -> [JournalRecord] {
        let reader = try JournalReader(path: path)
        var all: [JournalRecord] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    func kinds(_ path: String) throws -> [String] { try records(path).map(\.kind) }

    func verify(_ path: String) throws -> VerificationReport {
        try JournalVerifier.verify(path: path)
    }
}

extension JournaledRun {
    /// Performs actions that must all be accepted.
    func performAll(_ actions: [OperatorAction]) throws {
        for action in actions {
            _ = try perform(action).get()
        }
    }
}
