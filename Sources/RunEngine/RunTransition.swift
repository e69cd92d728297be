/// The result of an accepted action: the new state and the records to journal, in order.
public struct RunTransition: Sendable, Hashable {
    public var state: RunState
    public var records: [EngineRecord]

    public init(state: RunState, records: [EngineRecord]) {
        self.state = state
        self.records = records
    }
}
