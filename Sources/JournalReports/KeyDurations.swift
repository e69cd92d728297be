/// The moments a reviewer measures the night by, found while reading the timeline.
///
/// Each is the first such record across all journals: the first `run.started`;
/// isolation (the step `isolated` completed, or the end of a runbook whose id contains
/// `isolate`, not aborted — the bundled RB-02 ends on `isolated`); the first call
/// attempt; the first call that reached someone; the first run ended `handed-over`;
/// and the last record.
public struct KeyDurations: Sendable, Hashable {
    /// The first `run.started`.
    public internal(set) var start: RecordReference?
    /// The first isolation.
    public internal(set) var isolation: RecordReference?
    /// The first `contact.attempted`.
    public internal(set) var firstCall: RecordReference?
    /// The first `contact.attempted` with result `reached`.
    public internal(set) var firstReached: RecordReference?
    /// The first `run.ended` with outcome `handed-over`.
    public internal(set) var handover: RecordReference?
    /// The last record read.
    public internal(set) var lastRecord: RecordReference?

    /// Seconds from the start to `moment`, when both are known.
    public func seconds(to moment: RecordReference?) -> Int64? {
        guard let start, let moment else { return nil }
        return (moment.wallMicroseconds - start.wallMicroseconds) / 1_000_000
    }

    /// Whether `entry` marks isolation (see the type's summary).
    static func marksIsolation(_ entry: TimelineEntry) -> Bool {
        let record = entry.record
        if (record.kind == "step.done" || record.kind == "run.ended"), record.string("step") == "isolated" {
            return record.string("outcome") != "aborted"
        }
        if record.kind == "run.ended", let runbook = record.string("runbook"), runbook.contains("isolate") {
            return record.string("outcome") != "aborted"
        }
        return false
    }
}
