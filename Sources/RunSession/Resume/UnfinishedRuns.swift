import ActionJournal
import Foundation
import JournalSummaries
import Notation
import RunEngine

/// A run whose journal has `run.started` but no `run.ended`, or a drill's whose journal is
/// still open after its run (the hot wash, then `drill.ended`): one that can be resumed.
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
        JournalSummary.journalPaths(in: directory)
            .compactMap { unfinished(JournalSummary.read(path: $0).summary) }
            .sorted { $0.lastActivityMicroseconds > $1.lastActivityMicroseconds }
    }

    public static func newest(in directory: String) -> UnfinishedRun? {
        list(in: directory).first
    }

    /// The unfinished run `journal` holds, if it holds one: a run not ended, or a drill's
    /// journal still open after its run (the hot wash comes before `drill.ended`).
    static func unfinished(_ journal: JournalSummary) -> UnfinishedRun? {
        let resumable =
            journal.isUnfinished || (journal.isDrill && journal.hasEnded && !journal.isClosed)
        guard resumable, let run = journal.run, !run.runbookID.isEmpty,
            let last = journal.lastRecord
        else {
            return nil
        }
        return UnfinishedRun(
            path: journal.path, runbookID: run.runbookID, lastStepID: journal.lastStepID,
            lastActivityMicroseconds: last.wallMicroseconds, lastActor: last.actor,
            isDrill: journal.isDrill,
            recordedOffset: RecordedOffset(recorded: journal.opening?.timeZone))
    }
}
