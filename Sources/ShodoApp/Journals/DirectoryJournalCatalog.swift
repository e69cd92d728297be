import ActionJournal
import Foundation
import RunEngine
import RunSession
import JournalSummaries

/// The journals of one directory, summarised by `JournalSummary` and judged by `JournalVerdict`.
///
/// Both open files read-only and take no lock, so browsing never disturbs a run
/// that is writing (it then sees a prefix of that journal).
public struct DirectoryJournalCatalog: JournalCatalog {
    /// The directory the journals are in.
    public var directory: String
    /// The zone times are shown in.
    public var timeZone: TimeZone { zone.value }
    /// The first seal key `K_0` (`shodo --key FILE`): with it every sealed journal's seals
    /// are checked. Read at each verification and erased after it.
    public var sealKeyFile: String?
    private let zone: LazyTimeZone

    /// A catalog of `directory`, showing times in the machine's zone (looked up only when a
    /// time is shown), checking seals with the key in `sealKeyFile`.
    public init(directory: String, machineFacts: any MachineFacts, sealKeyFile: String?) {
        self.directory = directory
        self.zone = LazyTimeZone(machineFacts)
        self.sealKeyFile = sealKeyFile
    }

    /// The unfinished run of the directory that was active last (`UnfinishedRuns`).
    public func newestUnfinishedRun() -> UnfinishedRun? {
        UnfinishedRuns.newest(in: directory)
    }

    /// Every `.jsonl` file of the directory, newest start first (then by file name); none when the directory cannot be read.
    public func summaries() -> [JournalRow] {
        JournalSummary.journalPaths(in: directory)
            .map { path in row(path: path, expectedCode: nil, JournalSummary.read(path: path).summary) }
            .sorted { left, right in
                let leftStart = left.startedAtMicroseconds ?? 0
                let rightStart = right.startedAtMicroseconds ?? 0
                return leftStart != rightStart ? leftStart > rightStart : left.fileName > right.fileName
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
        let (journal, readProblem) = JournalSummary.read(path: path) { record in
            records.append(JournalTimelineRecord(
                lineNumber: record.lineNumber, sequence: record.seq,
                timeText: LocalTimeText.timeOfDay(wallMicroseconds: record.wallMicroseconds, timeZone: timeZone),
                actor: record.actor, kind: record.kind, message: record.message, outcome: record.string(.outcome)))
        }
        return JournalTimeline(
            summary: row(path: path, expectedCode: expectedCode, journal), records: records,
            readProblem: readProblem?.description)
    }

    /// The browser's row of `journal`, verified (the end against `expectedCode`).
    private func row(path: String, expectedCode: VerificationCode?, _ journal: JournalSummary) -> JournalRow {
        let verdict = JournalVerdict.of(path: path, expectedCode: expectedCode, sealKeyFile: sealKeyFile)
        let startedAtText = journal.openedMicroseconds.map {
            LocalTimeText.format(wallMicroseconds: $0, timeZone: timeZone)
        } ?? "-"
        return JournalRow(journal: journal, startedAtText: startedAtText, verdict: verdict)
    }
}
