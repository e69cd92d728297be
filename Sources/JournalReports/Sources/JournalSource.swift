import ActionJournal
import JournalSummaries
import Notation

/// One journal given to a report: its verdict and the facts of its `journal.open`.
///
/// Opening a source verifies the whole file (streaming) and reads its first record;
/// it holds nothing else of the journal.
public final class JournalSource: Sendable {
    /// The file, as given.
    public let path: String
    /// Its place among the sources of one report, from 0.
    public let index: Int
    /// The verifier's verdict, stated at the top of every view and export.
    public let verification: VerificationReport
    /// What the verification proved and what it did not: every headline and row mark.
    public let verdict: VerificationVerdict
    /// The first record that could be read, if any.
    public let firstRecord: JournalRecord?
    /// `jid` in lowercase, as the journal writes it; empty when no record could be read.
    public let journalIdentifier: String
    /// `host` from `journal.open`.
    public let host: String?
    /// `tz` from `journal.open` (UTC when absent or unreadable): the operator's local offset.
    public let utcOffset: UTCOffset
    /// `tz` as written, when it could not be read as an offset.
    public let unreadableTimeZone: String?
    /// `program` from `journal.open`, as text (`name version`).
    public let program: String?
    /// `drill` from `journal.open`.
    public let isDrill: Bool?
    /// `clock_sync` from `journal.open`.
    public let clockSynchronised: Bool?

    /// Verifies `path` (with the code noted at the time and the first seal key, when
    /// given) and reads the facts of its first record.
    ///
    /// A journal that does not verify is still opened: its verdict says so. Throws only
    /// when the file cannot be opened or read at all.
    public convenience init(
        path: String, index: Int, expectedCode: VerificationCode? = nil, key: SealKey? = nil
    ) throws(ReportError) {
        let verification: VerificationReport
        let firstRecord: JournalRecord?
        do {
            verification = try JournalVerifier.verify(
                path: path, expectedCode: expectedCode, key: key)
            firstRecord = try Self.firstReadableRecord(path)
        } catch {
            throw .journal(error)
        }
        self.init(path: path, index: index, verification: verification, firstRecord: firstRecord)
    }

    /// A source whose verdict and first record were read already (in one pass with its records).
    init(path: String, index: Int, verification: VerificationReport, firstRecord: JournalRecord?) {
        self.path = path
        self.index = index
        self.verification = verification
        self.firstRecord = firstRecord
        verdict = VerificationVerdict(verification)
        journalIdentifier = firstRecord.map { $0.jid.uuidString.lowercased() } ?? ""
        let opening = firstRecord.flatMap(JournalOpening.init)
        host = opening?.host
        let recordedOffset = RecordedOffset(recorded: opening?.timeZone)
        utcOffset = recordedOffset.fieldsOffset
        if case .unknown(let text) = recordedOffset {
            unreadableTimeZone = text
        } else {
            unreadableTimeZone = nil
        }
        program = opening?.program
        isDrill = opening?.isDrill
        clockSynchronised = opening?.clockSynchronised
    }

    /// `jid` shortened to its first 8 characters, as journal file names show it.
    public var shortIdentifier: String { String(journalIdentifier.prefix(8)) }

    /// The file name without its directory.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

    private static func firstReadableRecord(_ path: String) throws(JournalError) -> JournalRecord? {
        let reader = try JournalReader(path: path)
        while true {
            do {
                return try reader.next()
            } catch {
                if case .readFailed = error { throw error }
            }
        }
    }
}
