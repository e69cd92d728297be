/// The payload members a Shodo journal's records carry, by their names on disk
/// (docs/journal.md; docs/drills.md and docs/after-action.md for a drill's records).
///
/// The one place a member name is spelled. The format's own members (`v`, `jid`, `seq`,
/// `ts`, `mono_ns`, `boot`, `actor`, `kind`, `msg`, `prev`, `h`, `mac`) are not payload
/// and are not here: the journal module keeps them.
public enum RecordMember: String, Sendable, Hashable, CaseIterable {
    // journal.open
    case program
    /// `name` inside `program`.
    case programName = "name"
    /// `version` inside `program`.
    case programVersion = "version"
    case host
    case tz
    case clockSync = "clock_sync"
    case drill
    case scenario
    case scenarioVersion = "scenario_version"
    case scenarioSHA256 = "scenario_sha256"
    case sealEpoch = "seal_epoch"
    case keyCommitment = "key_commitment"

    // journal.recovered, clock.stepped, seal
    case discardedBytes = "discarded_bytes"
    case discardedSHA256 = "discarded_sha256"
    case tornCopy = "torn_copy"
    case stepSeconds = "step_seconds"
    case epoch
    case records

    // A run's records.
    case runbook
    case runbookVersion = "runbook_version"
    case runbookSHA256 = "runbook_sha256"
    case lang
    case step
    case option
    case field
    case value
    /// The full instant of a `datetime` input, beside the text typed (`value`).
    case instant
    case reason
    case note
    case contact
    case contactName = "contact_name"
    case result
    case early
    case seconds
    case toRunbook = "to_runbook"
    case toStep = "to_step"
    case outcome
    case milestone
    case label
    case at
    case completedOnResume = "completed_on_resume"
    case actionBy = "action_by"

    // Evidence and its custody.
    case item
    case description
    case custodian
    case location
    case path
    case bytes
    case evidenceSHA256 = "evidence_sha256"
    /// The file hash of evidence records written before `evidence_sha256`.
    case sha256
    case from
    case to

    // The reviewer's records.
    case reviewer
    case comment
    case reviewedSeq = "reviewed_seq"
    case reviewedHash = "reviewed_hash"
    case runsOpen = "runs_open"
    case refSeq = "ref_seq"
    case tags

    // A drill's records.
    case team
    case roles
    case story
    case type
    case exercises
    case facilitator
    case inject
    case trigger
    case text
    case drillSeconds = "drill_seconds"
    case question
    case answer
    case rating
    case decision
    case rationale
    case decidedBy = "decided_by"
    /// `drill.started`: played as a tabletop exercise.
    case tabletop
    /// A real journal opened by a real-world abort: the drill journal's `jid` and last `h`.
    case drillJID = "drill_jid"
    case drillH = "drill_h"
    case expectations
    case targetSeconds = "target_seconds"
    case required
    case realJID = "real_jid"

    // Improvement items.
    case finding
    case action
    case owner
    case due
    case category
}
