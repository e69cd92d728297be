import Foundation
import JournalVocabulary

/// Starting a new sealed journal from the machine key.
extension JournalSealer {
    /// Takes `J_0` for the journal `jid` from `store` (which evolves the machine key,
    /// durably, before this returns) and gives the sealer with the members `journal.open`
    /// must record: `seal_epoch` and `key_commitment`. `nil` when the store holds no
    /// machine key (the journal is then not sealed). The key file is kept next to
    /// `journalPath` when one is given.
    public static func startJournal(
        jid: UUID, store: SealKeyStore, journalPath: String?
    ) throws(SealingError) -> (sealer: JournalSealer, openMembers: [JSONMember])? {
        guard let taken = try store.takeJournalKey(jid: jid) else { return nil }
        let members = [
            JSONMember(.sealEpoch, .integer(Int64(taken.machineEpoch))),
            JSONMember(
                .keyCommitment, .string(SealDerivation.commitment(journalKey: taken.journalKey))),
        ]
        let sealer = JournalSealer(
            journalKey: taken.journalKey, jid: jid,
            keyFilePath: journalPath.map(keyFilePath(forJournal:)))
        return (sealer, members)
    }
}
