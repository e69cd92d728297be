import ActionJournal
import JournalVocabulary
import Localization

/// Appends the IT lead's sign-off (`review.signed`) to a journal, through `ReviewerRecords`
/// (which verifies first and seals a sealed journal's new epoch).
///
/// A run still open is left open: the sign-off records how many runs were open
/// (`runs_open`) and exactly what was reviewed (`reviewed_seq`, `reviewed_hash`, the
/// last record before it), and writes nothing else — no `run.*`, no `journal.close`.
public enum ReviewSignature {
    /// Appends `review.signed` to the journal at `path` and returns it once durable.
    ///
    /// Payload: `reviewer`, `comment`, `reviewed_seq`, `reviewed_hash`, `runs_open`; the
    /// record's actor is the reviewer. A finished sealed journal needs `keyFile` (`K_0`).
    /// Throws as `ReviewerRecords.append` does.
    public static func sign(
        path: String, reviewer: String, comment: String, language: Language = .english,
        keyFile: String? = nil, clock: any JournalClock, sealing: (any JournalSealing)? = nil,
        outputs: JournalOutputFactory = .durable
    ) throws(JournalError) -> JournalRecord {
        let target = ReviewerRecords.Target(
            path: path, reviewer: reviewer, keyFile: keyFile, clock: clock, sealing: sealing,
            outputs: outputs)
        return try ReviewerRecords.append(to: target) { records throws(JournalError) in
            guard let reviewed = records.last else { throw .noCompleteRecord(path: path) }
            return try RecordDraft(
                kind: .reviewSigned, actor: reviewer,
                message: language == .japanese
                    ? "確認済み（確認者: \(reviewer)）" : "Review signed by \(reviewer)",
                payload: [
                    JSONMember(.reviewer, .string(reviewer)),
                    JSONMember(.comment, .string(comment)),
                    JSONMember(.reviewedSeq, .integer(Int64(reviewed.seq))),
                    JSONMember(.reviewedHash, .string(reviewed.recordHash)),
                    JSONMember(.runsOpen, .integer(Int64(openRuns(in: records)))),
                ])
        }
    }

    /// Runs started and not ended in `records`.
    static func openRuns(in records: [JournalRecord]) -> Int {
        var open = 0
        for record in records {
            if record.recordKind == .runStarted { open += 1 }
            if record.recordKind == .runEnded, open > 0 { open -= 1 }
        }
        return open
    }
}
