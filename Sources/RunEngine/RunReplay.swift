import JournalVocabulary
import Localization
import RunbookModel

/// Rebuilds a run's state from its journal by applying the recorded actions
/// through the same state machine as a live run.
public struct RunReplay: Sendable {
    public let machine: RunStateMachine

    public init(machine: RunStateMachine) {
        self.machine = machine
    }

    /// What replay found.
    public struct Outcome: Sendable, Hashable {
        public var state: RunState
        /// Records the last action should have produced but the journal does not
        /// hold (the program stopped between two appends); a resume writes them.
        public var missingRecords: [EngineRecord]
        /// How many operator actions were replayed.
        public var actionCount: Int
    }

    /// Why a journal cannot be replayed against the loaded runbooks.
    public enum Problem: Error, Sendable, Hashable {
        /// Record `index` (0-based among the records given) was refused by the engine.
        case refused(index: Int, kind: String, ActionRefusal)
        /// Record `index` is not what the runbook's flow produces at that point.
        case unexpected(index: Int, kind: String, expected: String)

        public func message(language: Language) -> String {
            let ja = language == .japanese
            switch self {
            case .refused(let index, let kind, let refusal):
                return ja
                    ? "記録 \(index + 1)（\(kind)）を再現できません: \(refusal.message(language: language))"
                    : "Record \(index + 1) (\(kind)) cannot be replayed: \(refusal.message(language: language))"
            case .unexpected(let index, let kind, let expected):
                return ja
                    ? "記録 \(index + 1) は \(kind) ですが、手順書の流れでは \(expected) のはずです（手順書が変更された可能性があります）。"
                    : "Record \(index + 1) is \(kind), but the runbook's flow gives \(expected) there (the runbook may have changed)."
            }
        }
    }

    /// Replays `records` (in journal order) onto `initial`.
    public func replay(_ records: [RecordedAction], from initial: RunState) -> Result<
        Outcome, Problem
    > {
        var state = initial
        var pending: [EngineRecord] = []
        var actionCount = 0
        for (index, record) in records.enumerated() {
            if let expected = pending.first {
                if record.kind == expected.kind.rawValue {
                    pending.removeFirst()
                    continue
                }
                let isFlowRecord =
                    record.operatorAction != nil
                    || RecordedAction.consequenceKinds.contains(record.kind)
                guard isFlowRecord else { continue }
                // A journal written before its runbook declared milestones has no
                // `milestone.reached`: not an error, but the state keeps only what it recorded.
                while let unrecorded = pending.first, unrecorded.kind == .milestoneReached {
                    pending.removeFirst()
                    if let id = unrecorded.value(.milestone)?.stringValue {
                        state.reachedMilestones.removeAll { $0 == id }
                    }
                }
                if let expected = pending.first {
                    guard record.kind == expected.kind.rawValue else {
                        return .failure(
                            .unexpected(
                                index: index, kind: record.kind, expected: expected.kind.rawValue))
                    }
                    pending.removeFirst()
                    continue
                }
            }
            if RecordedAction.consequenceKinds.contains(record.kind)
                && record.kind != RecordKind.runEnded.rawValue
            {
                return .failure(
                    .unexpected(index: index, kind: record.kind, expected: "an operator action"))
            }
            guard let action = record.operatorAction else { continue }
            switch machine.apply(action, to: state, mode: .replay) {
            case .failure(let refusal):
                return .failure(.refused(index: index, kind: record.kind, refusal))
            case .success(let transition):
                guard transition.records.first?.kind.rawValue == record.kind else {
                    let produced = transition.records.first?.kind.rawValue ?? "nothing"
                    return .failure(
                        .unexpected(index: index, kind: record.kind, expected: produced))
                }
                state = transition.state
                pending = Array(transition.records.dropFirst())
                actionCount += 1
            }
        }
        return .success(Outcome(state: state, missingRecords: pending, actionCount: actionCount))
    }
}
