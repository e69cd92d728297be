import JournalVocabulary

/// Closing epochs of a sealed journal with `seal` records (docs/journal.md "Sealing").
extension JournalWriter {
    /// Whether the journal carries MACs.
    public var isSealed: Bool { sealing != nil }

    /// Closes the open epoch now with a `seal` record (by `actor`), when the journal is
    /// sealed and the epoch holds a record; returns it, else `nil` and writes nothing.
    /// Used at a pause, so that a key left on disk while nobody watches opens no
    /// written record. Throws as `append` does.
    @discardableResult
    public func seal(actor: String) throws(JournalError) -> JournalRecord? {
        guard isSealed, openEpochRecordCount > 0 else { return nil }
        return try append(try sealDraft(actor: actor))
    }

    /// Closes the open epoch when it is full or 15 minutes old (`SealingPolicy`), for a
    /// timer to call while the operator is idle; `nil` when nothing was due.
    @discardableResult
    public func sealIfDue(actor: String) throws(JournalError) -> JournalRecord? {
        guard isSealed else { return nil }
        let instant = clock.now()
        guard epochIsDue(at: instant) else { return nil }
        return try append(try sealDraft(actor: actor))
    }

    /// Seals the last epoch (when it holds a record) and erases the key for good, its
    /// file included: the journal is finished and nothing more can be MACed. Call it
    /// right after `journal.close`. Does nothing for an unsealed journal.
    public func sealFinalEpoch(actor: String) throws(JournalError) {
        guard let sealing else { return }
        try seal(actor: actor)
        do {
            try sealing.finish()
        } catch {
            throw fail(.sealingFailed(path: path, reason: String(describing: error)))
        }
    }

    /// Whether the open epoch must be closed before a record at `instant`.
    func epochIsDue(at instant: JournalInstant) -> Bool {
        guard isSealed, openEpochRecordCount > 0 else { return false }
        if openEpochRecordCount >= SealingPolicy.maximumRecordsPerEpoch { return true }
        guard let openEpochStart else { return false }
        return SealingPolicy.elapsedMicroseconds(from: openEpochStart, to: instant)
            >= SealingPolicy.maximumEpochMicroseconds
    }

    /// The `seal` record closing the open epoch: its number and how many records it holds.
    func sealDraft(actor: String) throws(JournalError) -> RecordDraft {
        try RecordDraft(
            kind: SealingPolicy.sealKind, actor: actor,
            message: "epoch \(sealCount) sealed (\(openEpochRecordCount) records)",
            payload: [
                JSONMember(.epoch, .integer(Int64(sealCount))),
                JSONMember(.records, .integer(Int64(openEpochRecordCount))),
            ])
    }

    /// Counts a record just written into the epoch bookkeeping.
    func countInEpoch(kind: String, at instant: JournalInstant) {
        if kind == SealingPolicy.sealKind {
            sealCount += 1
            openEpochRecordCount = 0
            openEpochStart = nil
        } else {
            openEpochRecordCount += 1
            if openEpochStart == nil { openEpochStart = instant }
        }
    }

    /// Rebuilds the epoch bookkeeping from the records of a journal being continued.
    func adoptEpochs(of records: [JournalRecord]) {
        for record in records {
            countInEpoch(
                kind: record.kind,
                at: JournalInstant(
                    wallMicroseconds: record.wallMicroseconds,
                    monotonicNanoseconds: record.monoNanoseconds,
                    bootID: record.boot))
        }
    }
}
