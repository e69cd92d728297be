/// One mark on the time chart: when, on which journal's lane, what, and its label.
public struct ChartEvent: Sendable, Hashable {
    /// Wall time, µs since the epoch.
    public let wallMicroseconds: Int64
    /// The source's index: one lane per journal.
    public let lane: Int
    /// What happened.
    public let category: ChartCategory
    /// The local time of day, for the tooltip.
    public let timeText: String
    /// The record's kind, named in the reader's language when the chart is drawn.
    public let kind: String
    /// The record's step, if any.
    public let step: String?

    /// The tooltip: local time, kind (in `text`'s language) and step.
    func label(_ text: ReportText) -> String {
        ([timeText, text.kindName(kind)] + (step.map { [$0] } ?? [])).joined(separator: " ")
    }
}
