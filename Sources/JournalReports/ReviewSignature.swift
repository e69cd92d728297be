import ActionJournal

/// Appends the IT lead's sign-off (`review.signed`) to a journal.
///
/// The journal must verify and must not end in a torn line: signing never repairs or
/// cuts anything (a torn end is left for `shodo resume` to recover, on the record). It
/// takes the journal's lock like any writer, so a journal another process is writing is
/// refused. A run still open is left open: the sign-off records how many runs were open
/// (`runs_open`) and exactly what was reviewed (`reviewed_seq`, `reviewed_hash`, the
/// last record before it), and writes nothing else — no `run.*`, no `journal.close`.
///
/// A sealed journal is continued from its key file, as `shodo resume` does, and the epoch
/// holding the sign-off is closed with a `seal` at once, as at a pause. A sealed journal
/// whose run ended has no key any more (erased after its final seal): it cannot be
/// signed, by design, and the error says so.
public enum ReviewSignature {
    /// Appends `review.signed` to the journal at `path` and returns it once durable.
    ///
    /// Payload: `reviewer`, `comment`, `reviewed_seq`, `reviewed_hash`, `runs_open`; the
    /// record's actor is the reviewer. `sealing` defaults to the journal's key file when
    /// the journal is sealed. Throws `.lockedByAnotherProcess`, `.corrupt` (a journal that
    /// does not verify, or ends in a torn line), `.sealingFailed` (a sealed journal without
    /// its key), or a write error.
    public static func sign(
        path: String, reviewer: String, comment: String, language: ReportLanguage = .english,
        clock: any JournalClock = SystemJournalClock(), sealing: (any JournalSealing)? = nil,
        outputs: JournalOutputFactory = .durable
    ) throws(JournalError) -> JournalRecord {
        let report = try JournalVerifier.verify(path: path)
        if let failure = report.firstError {
            throw .corrupt(path: path, line: failure.line, reason: failure.problem.description)
        }
        if let torn = report.tornFinalLineBytes {
            throw .corrupt(
                path: path, line: report.linesVerified + 1,
                reason: "the journal ends in a torn line of \(torn) bytes; signing does not cut it off")
        }
        var sealer = sealing
        if sealer == nil, report.isSealed { sealer = try resumedSealer(path) }
        let opened = try JournalWriter.openExisting(path: path, actor: reviewer, clock: clock, sealing: sealer, outputs: outputs)
        let writer = opened.writer
        defer { writer.close() }
        guard opened.recovery == nil, let reviewed = opened.records.last else {
            // Only a writer racing the check above could leave a torn line now; the
            // recovery is on the record, but the sign-off is not written on top of it.
            throw .corrupt(path: path, line: opened.records.count, reason: "the journal changed while it was being signed")
        }
        let draft = try RecordDraft(
            kind: "review.signed", actor: reviewer,
            message: language == .japanese ? "確認済み（確認者: \(reviewer)）" : "Review signed by \(reviewer)",
            payload: [
                JSONMember(name: "reviewer", value: .string(reviewer)),
                JSONMember(name: "comment", value: .string(comment)),
                JSONMember(name: "reviewed_seq", value: .integer(Int64(reviewed.seq))),
                JSONMember(name: "reviewed_hash", value: .string(reviewed.recordHash)),
                JSONMember(name: "runs_open", value: .integer(Int64(openRuns(in: opened.records)))),
            ])
        let signed = try writer.append(draft)
        if sealer != nil { try writer.seal(actor: reviewer) }
        return signed
    }

    /// The sealer of a sealed journal, from its key file; fails when the key is gone.
    private static func resumedSealer(_ path: String) throws(JournalError) -> JournalSealer {
        let resumed: JournalSealer?
        do {
            resumed = try JournalSealer.resuming(journalPath: path)
        } catch {
            throw .sealingFailed(path: path, reason: error.description)
        }
        guard let resumed else {
            throw .sealingFailed(
                path: path,
                reason: "the journal is sealed and its key is gone (erased after the final seal, or never on this "
                    + "machine), so no sign-off can be added; keep the review pack with its verification code instead")
        }
        return resumed
    }

    /// Runs started and not ended in `records`.
    static func openRuns(in records: [JournalRecord]) -> Int {
        var open = 0
        for record in records {
            if record.kind == "run.started" { open += 1 }
            if record.kind == "run.ended", open > 0 { open -= 1 }
        }
        return open
    }
}
