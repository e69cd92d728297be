/// One mark on the time chart: when, on which journal's lane, what, and its label.
public struct ChartEvent: Sendable, Hashable {
    /// Wall time, µs since the epoch.
    public let wallMicroseconds: Int64
    /// The source's index: one lane per journal.
    public let lane: Int
    /// What happened.
    public let category: ChartCategory
    /// The tooltip: local time, kind and step.
    public let label: String
}
