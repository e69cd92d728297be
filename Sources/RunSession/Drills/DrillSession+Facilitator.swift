import ActionJournal
import JournalVocabulary
import Notation
import RunEngine
import RunbookModel

/// What the facilitator asks of a running drill (`shodo drill control`), journaled by the
/// player's process with the facilitator's name as `actor`: observations, improvement
/// items, and a simulated contact answered in person.
extension DrillSession {
    /// An observation (`observation.recorded`): what the facilitator saw, optionally tied to
    /// a milestone or step and rated on the scenario's scale.
    public struct Observation: Sendable, Hashable {
        public var text: String
        public var milestone: String?
        public var step: String?
        public var rating: String?

        public init(
            text: String, milestone: String? = nil, step: String? = nil, rating: String? = nil
        ) {
            self.text = text
            self.milestone = milestone
            self.step = step
            self.rating = rating
        }
    }

    /// An improvement item (`improvement.recorded`), the same shape as `shodo drill improvement add`.
    public struct Improvement: Sendable, Hashable {
        public var finding: String
        public var action: String
        public var owner: String
        /// `YYYY-MM-DD`.
        public var due: String
        public var category: ImprovementCategory
        public var runbook: String?
        public var step: String?

        public init(
            finding: String, action: String, owner: String, due: String,
            category: ImprovementCategory,
            runbook: String? = nil, step: String? = nil
        ) {
            self.finding = finding
            self.action = action
            self.owner = owner
            self.due = due
            self.category = category
            self.runbook = runbook
            self.step = step
        }
    }

    /// The milestones an observation may name: the expectations' and those the runbook declares.
    public var observableMilestones: [String] {
        var ids = scenario.expectations.map(\.milestone)
        for milestone in run.machine.runbook(RunbookID(scenario.runbookID))?.milestones ?? []
        where !ids.contains(milestone.id) {
            ids.append(milestone.id)
        }
        return ids
    }

    /// Journals `observation.recorded` by `actor`.
    public func recordObservation(_ observation: Observation, actor: String) -> SessionError? {
        if observation.text.allSatisfy(\.isWhitespace) {
            return .drillRefused(ja ? "観察の内容が空です" : "the observation has no text")
        }
        if let milestone = observation.milestone, !observableMilestones.contains(milestone) {
            let known = observableMilestones.joined(separator: ", ")
            return .drillRefused(
                ja
                    ? "マイルストーン「\(milestone)」はこの訓練にありません（\(known)）"
                    : "no milestone '\(milestone)' in this drill (known: \(known))")
        }
        if let rating = observation.rating, !scenario.rating.marks.contains(rating) {
            let marks = scenario.rating.marks.joined(separator: ", ")
            return .drillRefused(
                ja
                    ? "評価「\(rating)」は使えません（\(scenario.rating.rawValue): \(marks)）"
                    : "rating '\(rating)' is not on this drill's scale (\(scenario.rating.rawValue): \(marks))"
            )
        }
        var payload = [JSONMember(.text, .string(observation.text))]
        if let milestone = observation.milestone {
            payload.append(JSONMember(.milestone, .string(milestone)))
        }
        if let step = observation.step { payload.append(JSONMember(.step, .string(step))) }
        if let rating = observation.rating { payload.append(JSONMember(.rating, .string(rating))) }
        let written = journal(
            .observationRecorded, (ja ? "観察: " : "Observation: ") + observation.text, payload,
            actor: actor)
        if case .failure(let error) = written { return error }
        return nil
    }

    /// Journals `improvement.recorded` (the next item number, `I1`, `I2`…) by `actor`.
    public func recordImprovement(_ item: Improvement, actor: String) -> Result<
        String, SessionError
    > {
        for (name, value) in [
            ("finding", item.finding), ("action", item.action), ("owner", item.owner),
        ]
        where value.allSatisfy(\.isWhitespace) {
            return .failure(
                .drillRefused(ja ? "改善項目の \(name) が空です" : "the improvement item's \(name) is empty")
            )
        }
        guard CalendarDate.isValid(item.due) else {
            return .failure(
                .drillRefused(
                    ja
                        ? "期限「\(item.due)」は YYYY-MM-DD の日付ではありません"
                        : "due '\(item.due)' is not a date as YYYY-MM-DD (e.g. 2027-03-31)"))
        }
        let number = "I\(improvementCount + 1)"
        var payload = [
            JSONMember(.item, .string(number)), JSONMember(.finding, .string(item.finding)),
            JSONMember(.action, .string(item.action)), JSONMember(.owner, .string(item.owner)),
            JSONMember(.due, .string(item.due)),
            JSONMember(.category, .string(item.category.rawValue)),
        ]
        if let runbook = item.runbook { payload.append(JSONMember(.runbook, .string(runbook))) }
        if let step = item.step { payload.append(JSONMember(.step, .string(step))) }
        let message =
            ja
            ? "改善項目 \(number)：\(item.action)（担当 \(item.owner)、期限 \(item.due)）"
            : "Improvement item \(number): \(item.action) (owner \(item.owner), due \(item.due))"
        return journal(.improvementRecorded, message, payload, actor: actor).map { _ in number }
    }

    /// The facilitator picks up the phone as simulated contact `id`, which the player's
    /// current step calls: the call is journaled as reached (whatever its `reachable_after`),
    /// with `actor` as who answered. Returns the contact's script, if it has one.
    public func answerAsContact(_ id: String, actor: String) -> Result<String?, SessionError> {
        guard scenario.type != .comcheck else {
            return .failure(
                .drillRefused(
                    ja
                        ? "コムチェックでは実在の相手に電話します。進行役は応答できません"
                        : "a comcheck calls real people; the facilitator cannot answer for them"))
        }
        guard let step = run.presentation, step.contacts.contains(where: { $0.id == id }) else {
            let onStep = run.presentation?.contacts.map(\.id).joined(separator: ", ") ?? ""
            return .failure(
                .drillRefused(
                    ja
                        ? "プレイヤーの今の手順は「\(id)」に電話していません（この手順の連絡先: \(onStep.isEmpty ? "なし" : onStep)）"
                        : "the player's current step does not call '\(id)' (its contacts: \(onStep.isEmpty ? "none" : onStep))"
                ))
        }
        if case .failure(let error) = deliverDue() { return .failure(error) }
        // The run journals as its operator: for this one call, that is the facilitator who answered.
        let player = run.operatorName
        run.operatorName = actor
        defer { run.operatorName = player }
        let note = ja ? "訓練: 進行役が \(id) として応答" : "drill: the facilitator answered as \(id)"
        switch run.perform(.recordCall(contactID: id, result: .reached, note: note)) {
        case .failure(let error): return .failure(error)
        case .success(let written): written.forEach(take)
        }
        return .success(script(forContact: id))
    }
}
