import ActionJournal

/// Appends the IT lead's records to a journal after its run: `review.signed`,
/// `review.annotated`, `evidence.transferred` (docs/journal.md "Evidence and the reviewer's records").
///
/// The journal must verify and must not end in a torn line: nothing is ever appended to a
/// journal that does not verify, and nothing is repaired or cut (a torn end is left for
/// `shodo resume` to recover, on the record). The journal's lock is taken like any
/// writer's, so a journal another process is writing is refused.
///
/// A sealed journal is continued with the first key `K_0` (`keyFile`): the journal's
/// current epoch key is derived from it (`FirstKeySealing`), the whole journal is first
/// verified with it, and the new record's epoch is closed with a `seal` at once. Without
/// `keyFile`, a sealed journal whose run is still open is continued from its own key file
/// (as `shodo resume` does); a finished one is refused with a message saying to give
/// `--key`.
public enum ReviewerRecords {
    /// Where a reviewer's record goes and how it is written.
    public struct Target {
        public var path: String
        /// Who appends (the record's `actor`).
        public var reviewer: String
        /// The `K_0` file, for a sealed journal.
        public var keyFile: String?
        public var clock: any JournalClock
        /// A sealing to use instead of the key (tests).
        public var sealing: (any JournalSealing)?
        public var outputs: JournalOutputFactory

        public init(
            path: String, reviewer: String, keyFile: String? = nil, clock: any JournalClock,
            sealing: (any JournalSealing)? = nil, outputs: JournalOutputFactory = .durable
        ) {
            self.path = path
            self.reviewer = reviewer
            self.keyFile = keyFile
            self.clock = clock
            self.sealing = sealing
            self.outputs = outputs
        }
    }

    /// Appends the record `draft` makes from the journal's records (all verified) and
    /// returns it once durable. Throws `.lockedByAnotherProcess`, `.corrupt` (a journal
    /// that does not verify, with the key when one is given, or ends in a torn line),
    /// `.firstKeyRequired` (a finished sealed journal, no `keyFile`), `.firstKeyUnusable`, or a write error.
    public static func append(
        to target: Target, _ draft: ([JournalRecord]) throws(JournalError) -> RecordDraft
    ) throws(JournalError) -> JournalRecord {
        let path = target.path
        let firstKey = try target.keyFile.map { file throws(JournalError) in
            try readFirstKey(file, journal: path)
        }
        var report = try JournalVerifier.verify(path: path)
        if report.isSealed, let firstKey, let keyFile = target.keyFile {
            report = try JournalVerifier.verify(path: path, key: firstKey)
            if let failure = report.firstError, failure.line == 1,
                failure.problem == .wrongKey || failure.problem == .keyCommitmentMismatch
            {
                throw .firstKeyUnusable(
                    keyPath: keyFile, journalPath: path,
                    reason: "it is not the first key this journal was sealed under")
            }
        }
        if let failure = report.firstError {
            throw .corrupt(path: path, line: failure.line, reason: failure.problem.description)
        }
        if let torn = report.tornFinalLineBytes {
            throw .corrupt(
                path: path, line: report.linesVerified + 1,
                reason:
                    "the journal ends in a torn line of \(torn) bytes; nothing is appended on top of it"
            )
        }
        var sealer = target.sealing
        if sealer == nil, report.isSealed {
            if let firstKey, let keyFile = target.keyFile {
                sealer = FirstKeySealing(firstKey: firstKey, keyPath: keyFile)
            } else {
                sealer = try resumedSealer(path)
            }
        }
        let opened = try JournalWriter.openExisting(
            path: path, actor: target.reviewer, clock: target.clock, sealing: sealer,
            outputs: target.outputs)
        let writer = opened.writer
        defer { writer.close() }
        guard opened.recovery == nil, !opened.records.isEmpty else {
            // Only a writer racing the check above could leave a torn line now; the
            // recovery is on the record, but the reviewer's record is not written on top of it.
            throw .corrupt(
                path: path, line: opened.records.count,
                reason: "the journal changed while it was being appended to")
        }
        let appended = try writer.append(try draft(opened.records))
        if sealer != nil { try writer.seal(actor: target.reviewer) }
        return appended
    }

    /// `K_0` from its file, as a journal error naming the file.
    private static func readFirstKey(_ file: String, journal: String) throws(JournalError)
        -> SealKey
    {
        do {
            return try SealKey.readKeyFile(file)
        } catch {
            throw .firstKeyUnusable(keyPath: file, journalPath: journal, reason: error.description)
        }
    }

    /// The sealer of an open sealed journal, from its key file; fails, saying to give
    /// `--key`, when the key is gone.
    private static func resumedSealer(_ path: String) throws(JournalError) -> JournalSealer {
        let resumed: JournalSealer?
        do {
            resumed = try JournalSealer.resuming(journalPath: path)
        } catch {
            throw .sealingFailed(path: path, reason: error.description)
        }
        guard let resumed else { throw .firstKeyRequired(path: path) }
        return resumed
    }
}
