import ActionJournal
import Foundation
import Notation
import RunEngine

/// The journals of one directory, read with `JournalReader` and judged with `JournalVerifier`.
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
    public init(directory: String, sealKeyFile: String? = nil) {
        self.directory = directory
        self.sealKeyFile = sealKeyFile
    }

    /// Every `.jsonl` file of the directory, newest start first (then by file name); none when the directory cannot be read.
    public func summaries() -> [JournalSummary] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
            .map { timeline(path: (directory as NSString).appendingPathComponent($0), expectedCode: nil).summary }
            .sorted { left, right in
                let leftStart = left.startedAtMicroseconds ?? 0
                let rightStart = right.startedAtMicroseconds ?? 0
                return leftStart != rightStart ? leftStart > rightStart : left.fileName > right.fileName
            }
    }

    /// The journal at `path`: its verdict first (the end checked against `expectedCode`,
    /// the seals with the key when there is one), then every record the reader can decode.
    public func timeline(path: String, expectedCode: VerificationCode?) -> JournalTimeline {
        let verdict: JournalVerdict
        do {
            let key = try sealKeyFile.map { file throws in try SealKey.readKeyFile(file) }
            defer { key?.erase() }
            verdict = JournalVerdict(try JournalVerifier.verify(path: path, expectedCode: expectedCode, key: key))
        } catch let error as SealingError {
            verdict = .unreadable("--key: \(error.description)")
        } catch let error as JournalError {
            verdict = .unreadable(error.description)
        } catch {
            verdict = .unreadable("\(error)")
        }
        var records: [JournalTimelineRecord] = []
        var readProblem: String?
        var summary = JournalSummary(
            path: path, fileName: (path as NSString).lastPathComponent, startedAtMicroseconds: nil, startedAtText: "-",
            runbookID: nil, operatorName: nil, outcome: nil, isDrill: false, verdict: verdict)
        do {
            let reader = try JournalReader(path: path)
            while let record = try reader.next() {
                note(record, in: &summary)
                records.append(JournalTimelineRecord(
                    lineNumber: record.lineNumber, sequence: record.seq,
                    timeText: summary.recordedOffset.civilTime(record.wallMicroseconds).timeText,
                    actor: record.actor, kind: record.kind, message: record.message, outcome: record.string("outcome")))
            }
        } catch {
            readProblem = error.description
        }
        return JournalTimeline(summary: summary, records: records, readProblem: readProblem)
    }

    /// Takes what the browser row needs from `record`.
    private func note(_ record: JournalRecord, in summary: inout JournalSummary) {
        if summary.startedAtMicroseconds == nil {
            if record.kind == RecordKind.journalOpen.rawValue {
                summary.recordedOffset = RecordedOffset(recorded: record.string("tz"))
            }
            summary.startedAtMicroseconds = record.wallMicroseconds
            summary.startedAtText = summary.recordedOffset.civilTime(record.wallMicroseconds).minuteText
            summary.operatorName = record.actor
        }
        switch record.kind {
        case RecordKind.journalOpen.rawValue:
            summary.isDrill = record.bool("drill") ?? false
        case RecordKind.runStarted.rawValue:
            summary.runbookID = record.string("runbook")
            summary.operatorName = record.actor
        case RecordKind.runEnded.rawValue:
            summary.outcome = record.string("outcome") ?? RecordKind.runEnded.rawValue
        default:
            break
        }
    }
}
