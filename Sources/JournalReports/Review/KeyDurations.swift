import ActionJournal
import JournalVocabulary
import Notation

/// The moments a reviewer measures the night by, taken from what the journals say
/// happened — never guessed from step or runbook names.
///
/// The origin is when the incident was noticed (the `noticed` milestone, at the
/// time that was entered), else the first `run.started`. Every other milestone is
/// measured from it, overall (the first time any terminal reached it) and per
/// journal (from that journal's own origin). A journal written before revision 2
/// of the runbook format has no `milestone.reached`: its durations say so.
public struct KeyDurations: Sendable, Hashable {
    /// The milestone whose time is the origin when it was recorded.
    public static let noticedMilestone = "noticed"

    /// The first time a milestone was reached, and where.
    public struct MilestoneMoment: Sendable, Hashable {
        public let milestone: String
        /// The label as the run showed it (the record's `label`), else the id.
        public let label: String
        /// The milestone's time (`at`), µs since the epoch.
        public let wallMicroseconds: Int64
        public let reference: RecordReference
    }

    /// Origin and milestones of one journal, or of all of them together.
    public struct Moments: Sendable, Hashable {
        /// When the incident was noticed, or the first run started.
        public internal(set) var originMicroseconds: Int64?
        /// Whether the origin is the `noticed` milestone (else `run.started`).
        public internal(set) var originIsNoticed = false
        public internal(set) var originReference: RecordReference?
        /// Each milestone the first time it was reached, in that order (`noticed` included).
        public internal(set) var milestones: [MilestoneMoment] = []

        /// Seconds from the origin to `microseconds`, when the origin is known.
        public func seconds(toMicroseconds microseconds: Int64) -> Int64? {
            originMicroseconds.map { (microseconds - $0) / 1_000_000 }
        }

        mutating func runStarted(_ reference: RecordReference) {
            guard originMicroseconds == nil else { return }
            originMicroseconds = reference.wallMicroseconds
            originReference = reference
        }

        /// Keeps the earliest time of each milestone (terminals may each record one).
        mutating func milestoneReached(_ moment: MilestoneMoment) {
            if let known = milestones.firstIndex(where: { $0.milestone == moment.milestone }) {
                guard moment.wallMicroseconds < milestones[known].wallMicroseconds else { return }
                milestones[known] = moment
            } else {
                milestones.append(moment)
            }
            guard moment.milestone == KeyDurations.noticedMilestone else { return }
            if !originIsNoticed || moment.wallMicroseconds < (originMicroseconds ?? .max) {
                originIsNoticed = true
                originMicroseconds = moment.wallMicroseconds
                originReference = moment.reference
            }
        }
    }

    /// All journals together: each milestone the first time any terminal reached it.
    public internal(set) var overall = Moments()
    /// Per journal, by the source's index.
    public internal(set) var perJournal: [Int: Moments] = [:]
    /// The first `contact.attempted`.
    public internal(set) var firstCall: RecordReference?
    /// The first `contact.attempted` with result `reached`.
    public internal(set) var firstReached: RecordReference?
    /// The first `run.ended` with outcome `handed-over`.
    public internal(set) var handover: RecordReference?
    /// The last record of the incident: records written about a run after it ended
    /// (sign-off, annotations, custody, the journal's close and seals) do not count.
    public internal(set) var lastRecord: RecordReference?

    /// Whether any journal recorded any milestone.
    public var hasMilestones: Bool { !overall.milestones.isEmpty }

    /// Seconds from the overall origin to `moment`, when both are known.
    public func seconds(to moment: RecordReference?) -> Int64? {
        guard let moment else { return nil }
        return overall.seconds(toMicroseconds: moment.wallMicroseconds)
    }

    mutating func runStarted(_ reference: RecordReference) {
        overall.runStarted(reference)
        perJournal[reference.journalIndex, default: Moments()].runStarted(reference)
    }

    /// Takes in a `milestone.reached` entry.
    mutating func milestoneReached(_ entry: TimelineEntry, _ reference: RecordReference) {
        guard let milestone = entry.text(.milestone) else { return }
        let at =
            entry.record.string(.at).flatMap(RFC3339Time.microseconds) ?? reference.wallMicroseconds
        let moment = MilestoneMoment(
            milestone: milestone, label: entry.text(.label) ?? milestone, wallMicroseconds: at,
            reference: reference)
        overall.milestoneReached(moment)
        perJournal[reference.journalIndex, default: Moments()].milestoneReached(moment)
    }
}
