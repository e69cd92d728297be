import ActionJournal
import Foundation
import Localization
import RunEngine
import RunbookModel

/// What the facilitator sees of a running drill, sent by the player after every change:
/// the drill clock, the injects, the expectations, the player's current step and the
/// journal's last records. Times are drill-clock seconds; the controller moves the clock
/// on by itself between snapshots while `clockRunning`.
public struct DrillControlSnapshot: Codable, Sendable, Hashable {
    public struct InjectState: Codable, Sendable, Hashable {
        public enum Stage: String, Codable, Sendable, Hashable {
            case pending, fired, acknowledged
        }

        public var id: String
        /// `timed`, `step`, `choice`, `contingency` or `manual`.
        public var trigger: String
        public var text: String
        public var stage: Stage
        /// When a pending inject falls due, when that is known (timed, contingency, set off by a step).
        public var dueSeconds: Int?
        public var firedSeconds: Int?
        public var acknowledgedSeconds: Int?
    }

    public struct ExpectationState: Codable, Sendable, Hashable {
        public var milestone: String
        public var label: String
        public var targetSeconds: Int
        public var required: Bool
        public var reachedSeconds: Int?
    }

    public struct ContactState: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        /// What the person called says when answered (the scenario's script).
        public var script: String?
    }

    public struct StepState: Codable, Sendable, Hashable {
        public var runbook: String
        public var step: String
        public var title: String
        public var position: Int
        public var count: Int
        public var contacts: [ContactState]
    }

    public struct TailRecord: Codable, Sendable, Hashable {
        public var seq: Int
        /// The record's wall time, µs since 1970 (shown in the facilitator's local time).
        public var wallMicroseconds: Int64
        public var actor: String
        public var kind: String
        public var message: String
    }

    public var scenarioID: String
    public var title: String
    public var type: String
    /// The scale observations are rated on (`pass-fail` or `psmu`) and its marks.
    public var rating: String
    public var ratingMarks: [String]
    public var language: String
    public var journal: String
    public var drillSeconds: Int
    public var clockRunning: Bool
    /// The run reached its end step (the hot wash may still be going on).
    public var runEnded: Bool
    /// `drill.ended` is on disk: nothing more can be done.
    public var drillEnded: Bool
    public var injects: [InjectState]
    public var expectations: [ExpectationState]
    /// Milestones an observation may name.
    public var milestones: [String]
    public var step: StepState?
    public var tail: [TailRecord]
}

extension DrillControlSnapshot {
    /// How many of the journal's last records a snapshot carries.
    public static let tailLength = 8

    /// The drill as it stands at wall time `wall`, with `tail` the journal's last records.
    init(session: DrillSession, atWall wall: Int64, tail: [JournalRecord]) {
        let progress = session.progress
        let language = session.run.state.language
        let scenario = session.scenario
        let runbook = session.run.machine.runbook(RunbookID(scenario.runbookID))
        scenarioID = scenario.id
        title = scenario.title.resolved(preferred: language, fallback: scenario.language)
        type = scenario.type.rawValue
        rating = scenario.rating.rawValue
        ratingMarks = scenario.rating.marks
        self.language = language.code
        journal = session.run.journalPath
        drillSeconds = progress.drillSeconds(atWall: wall)
        clockRunning = progress.isRunning
        runEnded = session.run.state.hasEnded
        drillEnded = session.hasEnded
        injects = scenario.injects.map { inject in
            let fired = progress.delivered[inject.id]
            let acknowledged = progress.acknowledgedAt[inject.id]
            let due: Int? =
                switch inject.trigger {
                case .at(let seconds): seconds
                case .unless(let milestone, let by): progress.reached[milestone] == nil ? by : nil
                case .afterStep, .onChoice: progress.scheduled[inject.id]
                case .manual: nil
                }
            return InjectState(
                id: inject.id, trigger: inject.trigger.journalName, text: session.text(of: inject),
                stage: acknowledged != nil ? .acknowledged : fired != nil ? .fired : .pending,
                dueSeconds: fired == nil ? due : nil, firedSeconds: fired,
                acknowledgedSeconds: acknowledged)
        }
        expectations = scenario.expectations.map { expectation in
            let label = runbook?.milestones.first { $0.id == expectation.milestone }?.label
                .resolved(preferred: language, fallback: runbook?.language ?? language.code)
            return ExpectationState(
                milestone: expectation.milestone, label: label ?? expectation.milestone,
                targetSeconds: expectation.targetSeconds, required: expectation.required,
                reachedSeconds: progress.reached[expectation.milestone])
        }
        milestones = session.observableMilestones
        step = session.run.presentation.map { presentation in
            StepState(
                runbook: presentation.runbookID, step: presentation.stepID,
                title: presentation.title,
                position: presentation.position, count: presentation.stepCount,
                contacts: presentation.contacts.map {
                    ContactState(
                        id: $0.id, name: $0.name, script: session.script(forContact: $0.id))
                })
        }
        self.tail = tail.suffix(Self.tailLength).map {
            TailRecord(
                seq: $0.seq, wallMicroseconds: $0.wallMicroseconds, actor: $0.actor, kind: $0.kind,
                message: $0.message)
        }
    }
}
