import JournalVocabulary
import Notation

/// The marks of the time chart, gathered while a timeline is read.
///
/// Routine marks (`done`, `other`) are thinned evenly once there are more than
/// `routineLimit` of them (every second one kept, then every fourth…), so a journal of
/// a million records draws a readable chart in bounded memory. Marks that matter to a
/// reviewer (runs, skips, failures, calls) are always kept.
public struct TimeChart: Sendable {
    /// How many routine marks are kept at most.
    static let routineLimit = 20_000

    /// The marks kept, in timeline order.
    public private(set) var events: [ChartEvent] = []
    /// The lanes: one per journal, labelled with host and short jid.
    public let laneLabels: [String]
    /// The offset the axis is labelled in (the first journal's `tz`).
    public let offset: UTCOffset
    private var routineCount = 0
    private var routineStride = 1
    private var routineSeen = 0

    /// An empty chart with one lane per source.
    init(sources: [JournalSource]) {
        laneLabels = sources.map { ($0.host ?? "?") + " · " + $0.shortIdentifier }
        offset = sources.first?.utcOffset ?? .utc
    }

    /// The earliest and latest marked times.
    public var range: ClosedRange<Int64>? {
        guard let earliest = events.lazy.map(\.wallMicroseconds).min(),
            let latest = events.lazy.map(\.wallMicroseconds).max()
        else { return nil }
        return earliest...latest
    }

    /// Adds the mark of `entry`.
    mutating func add(_ entry: TimelineEntry) {
        let record = entry.record
        let category = ChartCategory.of(
            kind: record.kind, outcome: record.string(.outcome), early: record.bool(.early))
        let routine = category == .done || category == .other
        if routine {
            routineSeen += 1
            guard routineSeen % routineStride == 0 else { return }
        }
        events.append(
            ChartEvent(
                wallMicroseconds: record.wallMicroseconds, lane: entry.source.index,
                category: category,
                timeText: entry.localTime.timeText, kind: record.kind, step: record.string(.step)))
        if routine {
            routineCount += 1
            if routineCount > Self.routineLimit { thinRoutineMarks() }
        }
    }

    private mutating func thinRoutineMarks() {
        var keep = false
        events.removeAll { event in
            guard event.category == .done || event.category == .other else { return false }
            keep.toggle()
            return !keep
        }
        routineCount = events.reduce(0) {
            $0 + ($1.category == .done || $1.category == .other ? 1 : 0)
        }
        routineStride *= 2
    }
}
