import ActionJournal
import JournalVocabulary
import Notation

/// One record on a timeline, with the journal it came from.
public struct TimelineEntry: Sendable {
    /// The record as read.
    public let record: JournalRecord
    /// The journal it belongs to.
    public let source: JournalSource

    /// An entry for `record` of `source`.
    public init(record: JournalRecord, source: JournalSource) {
        self.record = record
        self.source = source
    }

    /// The record's `jid`, lowercase (the source's, which it is unless the file was spliced).
    public var journalIdentifier: String {
        record.jid == source.firstRecord?.jid
            ? source.journalIdentifier : record.jid.uuidString.lowercased()
    }

    /// Whether the record's line is at or after its journal's first bad line.
    public var isUnproven: Bool { source.verdict.isUnproven(line: record.lineNumber) }

    /// The verdict this row carries (`journal_verdict`): `UNPROVEN …` when `isUnproven`.
    public var rowVerdict: String { source.rowVerdict(line: record.lineNumber) }

    /// The wall time in the operator's offset.
    public var localTime: CivilTime {
        CivilTime(microseconds: record.wallMicroseconds, offset: source.utcOffset)
    }

    /// The wall time in UTC.
    public var universalTime: CivilTime {
        CivilTime(microseconds: record.wallMicroseconds, offset: .utc)
    }

    /// The payload member `name` as display text: strings as they are, other values as JSON.
    public func text(_ name: String) -> String? {
        record.value(name).map(JSONText.display)
    }

    /// The payload member `member` as display text.
    public func text(_ member: RecordMember) -> String? { text(member.rawValue) }
}
