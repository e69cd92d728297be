import ActionJournal
import Foundation
import Notation
import RunEngine

/// A run whose journal has `run.started` but no `run.ended`: one that can be resumed.
public struct UnfinishedRun: Sendable, Hashable {
    public var path: String
    public var runbookID: String
    /// The step of the last record that named one.
    public var lastStepID: String?
    /// Wall-clock time of the last record, µs since 1970.
    public var lastActivityMicroseconds: Int64
    public var lastActor: String
    public var isDrill: Bool
    /// The offset the journal recorded (`tz` of `journal.open`), which its times are shown in.
    public var recordedOffset: RecordedOffset
}

/// Finds resumable runs among the journals of a directory.
public enum UnfinishedRuns {
    /// Every unfinished run in `directory`, most recently active first.
    /// Journals that cannot be read are passed over (`shodo journal verify` reports them).
    public static func list(in directory: String) -> [UnfinishedRun] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }
            .compactMap { summarize((directory as NSString).appendingPathComponent($0)) }
            .sorted { $0.lastActivityMicroseconds > $1.lastActivityMicroseconds }
    }

    public static func newest(in directory: String) -> UnfinishedRun? {
        list(in: directory).first
    }

    static func summarize(_ path: String) -> UnfinishedRun? {
        guard let reader = try? JournalReader(path: path) else { return nil }
        var runbookID: String?
        var lastStep: String?
        var last: JournalRecord?
        var isDrill = false
        var recordedOffset = RecordedOffset.unknown(nil)
        var ended = false
        while let record = try? reader.next() {
            switch record.kind {
            case RecordKind.journalOpen.rawValue:
                isDrill = record.bool("drill") ?? false
                recordedOffset = RecordedOffset(recorded: record.string("tz"))
            case RecordKind.runStarted.rawValue: runbookID = record.string("runbook")
            case RecordKind.runEnded.rawValue: ended = true
            default: break
            }
            if let step = record.string("step") { lastStep = step }
            last = record
        }
        guard !ended, let runbookID, let last else { return nil }
        return UnfinishedRun(
            path: path, runbookID: runbookID, lastStepID: lastStep, lastActivityMicroseconds: last.wallMicroseconds,
            lastActor: last.actor, isDrill: isDrill, recordedOffset: recordedOffset)
    }
}
