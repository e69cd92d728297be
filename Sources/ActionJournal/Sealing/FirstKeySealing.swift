import JournalVocabulary

/// Continues a sealed journal from the IT lead's first key `K_0` (`--key FILE`), in
/// memory only: for the reviewer's records appended after the run
/// (docs/journal.md "Evidence and the reviewer's records").
///
/// When the writer hands it the journal (`continueJournal`), it derives the journal's
/// current epoch key exactly as the verifier does (`SealDerivation`): `K_e` from
/// `seal_epoch`, `J_0` from the jid (checked against `key_commitment`), then one
/// `evolve` per `seal` already written. Nothing is kept on disk, and the key is erased
/// when the sealing goes away.
public final class FirstKeySealing: JournalSealing {
    private let firstKey: SealKey
    private let keyPath: String
    private var sealer: JournalSealer?

    /// A sealing from `firstKey`, read from `keyPath` (named in errors).
    public init(firstKey: SealKey, keyPath: String) {
        self.firstKey = firstKey
        self.keyPath = keyPath
    }

    deinit { firstKey.erase() }

    public func continueJournal(_ records: [JournalRecord]) throws {
        guard let open = records.first, let machineEpoch = open.integer(.sealEpoch),
            let commitment = open.string(.keyCommitment)
        else {
            throw SealingError.keyDoesNotFitJournal(
                path: keyPath, reason: "the journal records no seal_epoch or key_commitment")
        }
        let machineKey = SealDerivation.evolve(firstKey, times: Int(machineEpoch))
        let journalKey = SealDerivation.journalKey(machineKey: machineKey, jid: open.jid)
        machineKey.erase()
        guard SealDerivation.commitment(journalKey: journalKey) == commitment else {
            journalKey.erase()
            throw SealingError.keyDoesNotFitJournal(
                path: keyPath, reason: "it is not the first key (K_0) this journal was sealed under"
            )
        }
        let seals = records.reduce(0) { $0 + ($1.kind == SealingPolicy.sealKind ? 1 : 0) }
        let current = SealDerivation.evolve(journalKey, times: seals)
        journalKey.erase()
        let continued = JournalSealer(key: current, jid: open.jid, epoch: seals, keyFilePath: nil)
        try continued.continueJournal(records)
        sealer = continued
    }

    public func mac(forRecordHash recordHash: [UInt8], kind: String) throws -> [UInt8] {
        guard let sealer else { throw SealingError.keyErased }
        return try sealer.mac(forRecordHash: recordHash, kind: kind)
    }

    public func recordIsDurable(kind: String) throws {
        try sealer?.recordIsDurable(kind: kind)
    }

    public func finish() throws {
        try sealer?.finish()
    }
}
