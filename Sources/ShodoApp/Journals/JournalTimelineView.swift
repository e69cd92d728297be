/// The timeline screen's own state: the journal, the filters and the scroll position.
public struct JournalTimelineView: Hashable, Sendable {
    /// The journal shown.
    public var timeline: JournalTimeline
    /// Which kinds of record are shown.
    public var kindFilter = TimelineKindFilter.all
    /// Only this actor's records, or everyone's when nil.
    public var operatorFilter: String?
    /// The first shown row of the filtered records.
    public var firstRow = 0

    /// The view of `timeline` from the top, unfiltered.
    public init(timeline: JournalTimeline) {
        self.timeline = timeline
    }

    /// The records both filters let through, in file order.
    public var visibleRecords: [JournalTimelineRecord] {
        timeline.records.filter { record in
            kindFilter.admits(record) && (operatorFilter.map { $0 == record.actor } ?? true)
        }
    }

    /// Moves to the next kind filter and back to the top.
    public mutating func cycleKindFilter() {
        kindFilter = kindFilter.next
        firstRow = 0
    }

    /// Moves to the next actor (everyone → each actor in order → everyone) and back to the top.
    public mutating func cycleOperatorFilter() {
        let actors = timeline.actors
        if let current = operatorFilter, let index = actors.firstIndex(of: current) {
            operatorFilter = index + 1 < actors.count ? actors[index + 1] : nil
        } else {
            operatorFilter = actors.first
        }
        firstRow = 0
    }

    /// Scrolls by `delta` rows, keeping at least `pageRows` rows in view when there are that many.
    public mutating func scroll(by delta: Int, pageRows: Int) {
        let limit = max(0, visibleRecords.count - max(1, pageRows))
        firstRow = min(max(0, firstRow + delta), limit)
    }
}
