import ActionJournal
import JournalVocabulary
import Localization

/// Records a drill's improvement items after the drill (`improvement.recorded`) and
/// closes them later (`improvement.closed`), through `ReviewerRecords`: the journal is
/// verified first, and a sealed journal's new record is sealed at once.
///
/// Items are numbered `I1`, `I2`… per journal, in the order recorded.
public enum DrillImprovements {
    /// The categories of `improvement.recorded` (docs/drill-scenario.md "Journal of a drill").
    public static let categories = ["runbook", "bcp", "contacts", "equipment", "training", "other"]

    /// What an item says.
    public struct Item: Sendable {
        public var finding: String
        public var action: String
        public var owner: String
        /// `YYYY-MM-DD`.
        public var due: String
        public var category: String
        public var runbook: String?
        public var step: String?

        public init(
            finding: String, action: String, owner: String, due: String, category: String,
            runbook: String? = nil,
            step: String? = nil
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

    /// Why an item was not recorded or closed, naming the journal.
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case journal(JournalError)
        case notADrill(path: String)
        case noSuchItem(path: String, item: String, known: [String])
        case alreadyClosed(path: String, item: String)

        public var description: String {
            switch self {
            case .journal(let error): return error.description
            case .notADrill(let path):
                return
                    "\(path) is not a drill journal (its journal.open does not say drill: true); improvement items belong to drills"
            case .noSuchItem(let path, let item, let known):
                let list =
                    known.isEmpty ? "it has none yet" : "it has " + known.joined(separator: ", ")
                return "\(path) has no improvement item \(item) (\(list))"
            case .alreadyClosed(let path, let item):
                return "improvement item \(item) of \(path) is already closed"
            }
        }
    }

    /// Appends `improvement.recorded` with the next item number and returns the record.
    public static func record(
        _ item: Item, target: ReviewerRecords.Target, language: Language
    ) throws(Problem) -> JournalRecord {
        try append(target) { records throws(Problem) in
            let number = "I\(recorded(records).count + 1)"
            var payload: [JSONMember] = [
                JSONMember(.item, .string(number)), JSONMember(.finding, .string(item.finding)),
                JSONMember(.action, .string(item.action)), JSONMember(.owner, .string(item.owner)),
                JSONMember(.due, .string(item.due)), JSONMember(.category, .string(item.category)),
            ]
            if let runbook = item.runbook { payload.append(JSONMember(.runbook, .string(runbook))) }
            if let step = item.step { payload.append(JSONMember(.step, .string(step))) }
            let message =
                language == .japanese
                ? "改善項目 \(number)：\(item.action)（担当 \(item.owner)、期限 \(item.due)）"
                : "Improvement item \(number): \(item.action) (owner \(item.owner), due \(item.due))"
            return (.improvementRecorded, message, payload)
        }
    }

    /// Appends `improvement.closed` for `item` (an open item of the journal) and returns the record.
    public static func close(
        item: String, note: String, target: ReviewerRecords.Target, language: Language
    ) throws(Problem) -> JournalRecord {
        try append(target) { records throws(Problem) in
            let known = recorded(records)
            guard known.contains(item) else {
                throw .noSuchItem(path: target.path, item: item, known: known)
            }
            if records.contains(where: {
                $0.recordKind == .improvementClosed && $0.string(.item) == item
            }) {
                throw .alreadyClosed(path: target.path, item: item)
            }
            let message =
                language == .japanese
                ? "改善項目 \(item) 完了：\(note)" : "Improvement item \(item) closed: \(note)"
            return (
                .improvementClosed, message,
                [JSONMember(.item, .string(item)), JSONMember(.note, .string(note))]
            )
        }
    }

    /// The item numbers recorded in `records`, in order.
    private static func recorded(_ records: [JournalRecord]) -> [String] {
        records.filter { $0.recordKind == .improvementRecorded }.compactMap { $0.string(.item) }
    }

    private static func append(
        _ target: ReviewerRecords.Target,
        _ make: ([JournalRecord]) throws(Problem) -> (RecordKind, String, [JSONMember])
    ) throws(Problem) -> JournalRecord {
        var refusal: Problem?
        do {
            return try ReviewerRecords.append(to: target) { records throws(JournalError) in
                let made: (RecordKind, String, [JSONMember])
                do throws(Problem) {
                    guard records.first?.bool(.drill) == true else {
                        throw .notADrill(path: target.path)
                    }
                    made = try make(records)
                } catch {
                    refusal = error
                    throw .invalidMemberValue(
                        name: RecordMember.item.rawValue, reason: error.description)
                }
                return try RecordDraft(
                    kind: made.0, actor: target.reviewer, message: made.1,
                    payload: made.2)
            }
        } catch {
            throw refusal ?? .journal(error)
        }
    }
}
