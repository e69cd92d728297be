import ActionJournal
import Foundation
import JournalSummaries
import Notation
import RunEngine
import RunSession

/// The journals of one directory, summarised by `JournalSummary` and judged by `JournalVerdict`.
///
/// Both open files read-only and take no lock, so browsing never disturbs a run
/// that is writing (it then sees a prefix of that journal). Times are shown in the
/// offset each journal recorded, never in the viewing machine's zone, so the browser
/// and `journal show` agree on one journal.
public struct DirectoryJournalCatalog: JournalCatalog {
    /// The directory the journals are in.
    public var directory: String
    /// The first seal key `K_0` (`shodo --key FILE`): with it every sealed journal's seals
    /// are checked. Read at each verification and erased after it.
    public var sealKeyFile: String?

    /// A catalog of `directory`, checking seals with the key in `sealKeyFile`.
    public init(directory: String, sealKeyFile: String?) {
        self.directory = directory
        self.sealKeyFile = sealKeyFile
    }

    /// The unfinished run of the directory that was active last (`UnfinishedRuns`).
    public func newestUnfinishedRun() -> UnfinishedRun? {
        UnfinishedRuns.newest(in: directory)
    }

    /// Every `.jsonl` file of the directory, newest start first (then by file name); none when the directory cannot be read.
    public func summaries() -> [JournalRow] {
        JournalSummary.journalPaths(in: directory)
            .map { path in
                row(path: path, expectedCode: nil, JournalSummary.read(path: path).summary)
            }
            .sorted { left, right in
                let leftStart = left.startedAtMicroseconds ?? 0
                let rightStart = right.startedAtMicroseconds ?? 0
                return leftStart != rightStart
                    ? leftStart > rightStart : left.fileName > right.fileName
            }
    }

    /// The `DRILL-….jsonl` files of the directory, newest first by the time in their names.
    public func drillJournalPaths() -> [String] {
        JournalSummary.journalPaths(in: directory)
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(JournalDirectory.drillPrefix) }
            .sorted(by: >)
    }

    /// The journal at `path`: its verdict first (the end checked against `expectedCode`,
    /// the seals with the key when there is one), then every record the reader can decode.
    public func timeline(path: String, expectedCode: VerificationCode?) -> JournalTimeline {
        var records: [JournalTimelineRecord] = []
        var offset = RecordedOffset.unknown(nil)
        let (journal, readProblem) = JournalSummary.read(path: path) { record in
            if record.recordKind == .journalOpen {
                offset = RecordedOffset(recorded: record.string(.tz))
            }
            records.append(
                JournalTimelineRecord(
                    lineNumber: record.lineNumber, sequence: record.seq,
                    timeText: offset.civilTime(record.wallMicroseconds).timeText,
                    actor: record.actor, kind: record.kind, message: record.message,
                    outcome: record.string(.outcome)))
        }
        return JournalTimeline(
            summary: row(path: path, expectedCode: expectedCode, journal), records: records,
            readProblem: readProblem?.description)
    }

    /// The browser's row of `journal`, verified (the end against `expectedCode`); its start
    /// in the offset the journal recorded.
    private func row(path: String, expectedCode: VerificationCode?, _ journal: JournalSummary)
        -> JournalRow
    {
        let verdict = JournalVerdict.of(
            path: path, expectedCode: expectedCode, sealKeyFile: sealKeyFile)
        let recordedOffset = RecordedOffset(recorded: journal.opening?.timeZone)
        let startedAtText =
            journal.openedMicroseconds.map { recordedOffset.civilTime($0).minuteText } ?? "-"
        return JournalRow(
            journal: journal, startedAtText: startedAtText, recordedOffset: recordedOffset,
            verdict: verdict)
    }
}
