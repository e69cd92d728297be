import RunbookModel

/// Where a drill stands beside its run (docs/drill-scenario.md "The drill clock"): the drill
/// clock, which injects were delivered and acknowledged, which are scheduled by a
/// completed step or a choice, and when each milestone was reached.
///
/// Pure: it knows no clock and no journal. Every event carries its wall time in
/// microseconds; the session feeds it the live events and, on resume, the same
/// events read back from the journal, so a resumed drill delivers nothing twice
/// and its clock goes on from where the journal left it.
public struct DrillProgress: Sendable, Hashable {
    public let scenario: DrillScenario
    /// Drill-clock microseconds run before the current running stretch.
    public private(set) var elapsedBeforeMicroseconds: Int64 = 0
    /// Wall time the current running stretch began; `nil` before StartEx and while paused.
    public private(set) var runningSinceMicroseconds: Int64?
    /// Inject id → drill-clock second it was delivered, for every delivered inject.
    public private(set) var delivered: [String: Int] = [:]
    public private(set) var acknowledged: Set<String> = []
    /// Inject id → drill-clock second it was acknowledged.
    public private(set) var acknowledgedAt: [String: Int] = [:]
    /// Inject id → drill-clock second it falls due, for injects a step or choice set off.
    public private(set) var scheduled: [String: Int] = [:]
    /// Milestone id → drill-clock second it was first reached.
    public private(set) var reached: [String: Int] = [:]

    /// Something that happened in the drill, at a wall time.
    public enum Event: Sendable, Hashable {
        /// StartEx: the drill clock starts.
        case started
        case paused
        case resumed
        /// A step was completed in any way, with the option chosen and the milestones it reached.
        case stepCompleted(runbook: String, step: String, option: String?, milestones: [String])
        /// Milestones reached without a step being completed (a call that got through).
        case milestonesReached([String])
        case delivered(inject: String)
        case acknowledged(inject: String)
    }

    public init(scenario: DrillScenario) {
        self.scenario = scenario
    }

    /// Whether the drill clock is running.
    public var isRunning: Bool { runningSinceMicroseconds != nil }

    /// The drill clock at a wall time, in whole seconds.
    public func drillSeconds(atWall wall: Int64) -> Int {
        let running = runningSinceMicroseconds.map { max(0, wall - $0) } ?? 0
        return Int((elapsedBeforeMicroseconds + running) / 1_000_000)
    }

    /// Takes in one event that happened at `wall`.
    public mutating func apply(_ event: Event, atWall wall: Int64) {
        switch event {
        case .started, .resumed:
            if runningSinceMicroseconds == nil { runningSinceMicroseconds = wall }
        case .paused:
            if let since = runningSinceMicroseconds {
                elapsedBeforeMicroseconds += max(0, wall - since)
                runningSinceMicroseconds = nil
            }
        case .stepCompleted(let runbook, let step, let option, let milestones):
            let now = drillSeconds(atWall: wall)
            reach(milestones, at: now)
            for inject in scenario.injects
            where delivered[inject.id] == nil && scheduled[inject.id] == nil {
                switch inject.trigger {
                case .afterStep(let onRunbook, let onStep, let delay)
                where onRunbook == runbook && onStep == step:
                    scheduled[inject.id] = now + delay
                case .onChoice(let onRunbook, let onStep, let onOption, let delay)
                where onRunbook == runbook && onStep == step && onOption == option:
                    scheduled[inject.id] = now + delay
                default: break
                }
            }
        case .milestonesReached(let milestones):
            reach(milestones, at: drillSeconds(atWall: wall))
        case .delivered(let inject):
            if delivered[inject] == nil { delivered[inject] = drillSeconds(atWall: wall) }
            scheduled[inject] = nil
        case .acknowledged(let inject):
            if acknowledged.insert(inject).inserted {
                acknowledgedAt[inject] = drillSeconds(atWall: wall)
            }
        }
    }

    private mutating func reach(_ milestones: [String], at second: Int) {
        for milestone in milestones where reached[milestone] == nil { reached[milestone] = second }
    }

    /// The injects due at `wall` and not yet delivered, earliest first (scenario
    /// order among equals): timed ones whose time has come, contingencies whose
    /// milestone is still missing at their time, and those a step or choice set
    /// off once their delay is over. Nothing is due before StartEx.
    public func due(atWall wall: Int64) -> [Inject] {
        guard runningSinceMicroseconds != nil || elapsedBeforeMicroseconds > 0 else { return [] }
        let now = drillSeconds(atWall: wall)
        let due: [(second: Int, order: Int, inject: Inject)] = scenario.injects.enumerated()
            .compactMap { order, inject in
                guard delivered[inject.id] == nil else { return nil }
                let second: Int?
                switch inject.trigger {
                case .at(let at): second = at
                case .unless(let milestone, let by): second = reached[milestone] == nil ? by : nil
                case .afterStep, .onChoice: second = scheduled[inject.id]
                case .manual: second = nil
                }
                guard let second, second <= now else { return nil }
                return (second, order, inject)
            }
        return due.sorted { ($0.second, $0.order) < ($1.second, $1.order) }.map(\.inject)
    }

    /// The tabletop module the drill clock is in at `wall`, and the seconds left in it:
    /// the scenario's `modules` follow each other in file order, each for its `minutes`.
    /// `nil` without modules, and after the last one.
    public func module(atWall wall: Int64) -> (index: Int, secondsLeft: Int)? {
        let now = drillSeconds(atWall: wall)
        var end = 0
        for (index, module) in scenario.modules.enumerated() {
            end += module.minutes * 60
            if now < end { return (index, end - now) }
        }
        return nil
    }

    /// Whether the facilitator may fire `id` now: a manual inject not yet delivered.
    public func canFireManually(_ id: String) -> Bool {
        guard let inject = scenario.inject(id), case .manual = inject.trigger else { return false }
        return delivered[id] == nil
    }

    /// Delivered and not yet acknowledged, in delivery order.
    public var awaitingAcknowledgement: [Inject] {
        scenario.injects.filter { delivered[$0.id] != nil && !acknowledged.contains($0.id) }
            .sorted { (delivered[$0.id] ?? 0) < (delivered[$1.id] ?? 0) }
    }

    /// Each expectation at the end of the drill: met by its target, missed (reached
    /// late), or not reached, with the drill-clock second it was reached.
    public var expectationResults: [ExpectationResult] {
        scenario.expectations.map { expectation in
            guard let second = reached[expectation.milestone] else {
                return ExpectationResult(
                    expectation: expectation, outcome: .notReached, reachedAtSecond: nil)
            }
            let outcome: ExpectationResult.Outcome =
                second <= expectation.targetSeconds ? .met : .missed
            return ExpectationResult(
                expectation: expectation, outcome: outcome, reachedAtSecond: second)
        }
    }
}

/// One expectation as `drill.ended` reports it.
public struct ExpectationResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        case met
        case missed
        case notReached = "not-reached"
    }

    public var expectation: DrillExpectation
    public var outcome: Outcome
    /// Drill-clock second the milestone was first reached; `nil` when it never was.
    public var reachedAtSecond: Int?
}
