import ActionJournal
import Foundation
import JournalVocabulary
import RunEngine

/// Sealed journals: started from the machine key, continued from the journal's key file,
/// their epochs closed at a pause and at the end.
///
/// At the end the order is `run.ended`, `journal.close`, then the final `seal`: the seal
/// must come last, because a record after it would open a new epoch that nothing closes.
/// The verification code shown at the end is therefore the final seal's, which is the
/// last line on disk, as the spec asks.
extension JournaledRun {
    /// The sealer and the `journal.open` members for a new journal, when `store` holds
    /// a machine key; the machine key is evolved (durably) before this returns.
    static func startSealing(
        jid: UUID, path: String, store: SealKeyStore?
    ) throws(JournalError) -> (sealer: JournalSealer, openMembers: [JSONMember])? {
        guard let store else { return nil }
        do {
            return try JournalSealer.startJournal(jid: jid, store: store, journalPath: path)
        } catch {
            throw .sealingFailed(path: path, reason: error.description)
        }
    }

    /// The sealer continuing the journal at `path` from its key file, `nil` when none.
    static func resumeSealing(path: String) throws(JournalError) -> JournalSealer? {
        do {
            return try JournalSealer.resuming(journalPath: path)
        } catch {
            throw .sealingFailed(path: path, reason: error.description)
        }
    }

    /// The session error for a journal that could not be reopened. A sealed journal whose
    /// key file is gone cannot take more records: when its run has ended (the key file is
    /// removed after the final seal) that is said as such, otherwise the missing file is.
    static func sealedJournalProblem(path: String, _ error: JournalError) -> SessionError {
        guard case .sealingMismatch(_, journalIsSealed: true) = error else {
            return .journalFailed(error)
        }
        if let outcome = endedOutcome(path: path) {
            return .runAlreadyEnded(path: path, outcome: outcome)
        }
        return .journalFailed(
            .sealingFailed(
                path: path,
                reason:
                    "the journal is sealed but its key file \(JournalSealer.keyFilePath(forJournal: path)) is missing, "
                    + "so no record can be added to it (verify it with `shodo journal verify --key`)"
            ))
    }

    /// The outcome of the journal's `run.ended`, if it has one.
    private static func endedOutcome(path: String) -> String? {
        guard let reader = try? JournalReader(path: path) else { return nil }
        while let record = try? reader.next() {
            if record.recordKind == .runEnded { return record.string(.outcome) ?? "ended" }
        }
        return nil
    }

    /// Closes the open epoch (a pause); nothing for an unsealed journal.
    func sealOpenEpoch() throws(SessionError) {
        try sealWith { writer throws(JournalError) in try writer.seal(actor: operatorName) }
    }

    /// Seals the last epoch after `journal.close` and erases the journal's key.
    func sealFinalEpoch() throws(SessionError) {
        try sealWith { writer throws(JournalError) in try writer.sealFinalEpoch(actor: operatorName)
        }
    }
}
