/// Why a line of a journal does not verify; each case names one rule of the format.
public enum VerificationProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line is not a JSON object of the journal's shape; the text says what is wrong.
    case malformed(String)
    /// The bytes after `prev` are not `,"h":"<hex>"}` or `,"h":"<hex>","mac":"<hex>"}`.
    case tailMalformed
    /// A member every record must carry is absent.
    case missingMember(String)
    /// A member name occurs twice, so readers could disagree on its value.
    case duplicateMember(String)
    /// A member has the wrong JSON type or shape (e.g. `seq` not a whole number).
    case invalidMember(name: String, expected: String)
    /// The record is written in a newer format version than this program reads.
    case newerFormat(version: Int64)
    /// `h` is not the hash of the line's prefix: a byte of the record was changed.
    case hashMismatch
    /// `prev` is not the `h` of the line before: a record was deleted, moved or inserted.
    case chainBroken
    /// `jid` differs from the first record's: a record from another journal was spliced in.
    case journalIdentifierChanged
    /// `seq` is not the previous one plus one (a gap or a repeat).
    case sequenceOutOfOrder(expected: Int, found: Int)
    /// `mono_ns` went backwards although `boot` is the same.
    case monotonicClockWentBackwards(previous: UInt64, found: UInt64)
    /// Some lines carry a `mac` and others do not.
    case sealingInconsistent(lineIsSealed: Bool)
    /// A complete line contains NUL bytes, which no writer produces.
    case containsNULBytes
    /// A line is longer than any record this program writes or reads.
    case lineTooLong(limit: Int)
    /// The file holds no complete record at all.
    case emptyJournal
    /// `journal.open` carries `key_commitment`, so the journal was written sealed, but its
    /// lines carry no MAC: they were stripped (seen without the key).
    case macsStripped
    /// A key was given but the journal carries no MACs: it was stripped of them (or
    /// written without sealing), so its chain could have been rewritten at will.
    case notSealedButKeyGiven
    /// Line 1's MAC and `key_commitment` both disagree with the key: it is not the key
    /// this journal was sealed under (or `journal.open` was rewritten).
    case wrongKey
    /// `key_commitment` does not match the journal key derived from the given key.
    case keyCommitmentMismatch
    /// The MAC was not made with the key of the record's epoch `epoch`.
    case macMismatch(epoch: Int)
    /// The MAC was made with the key of a later epoch: re-MACed with a key taken later.
    case macFromLaterEpoch(epoch: Int, keyEpoch: Int)
    /// Epoch `epoch` holds more records than an epoch may: a `seal` was removed.
    case missingSeal(epoch: Int, limit: Int)

    /// The reason in one English sentence, as printed after `line N:`.
    public var description: String {
        switch self {
        case .malformed(let detail):
            return "malformed record: \(detail)"
        case .tailMalformed:
            return
                "malformed record: the bytes after \"prev\" are not the tail ,\"h\":\"<64 hex>\"} (or with \"mac\")"
        case .missingMember(let name):
            return "the record has no \"\(name)\" member"
        case .duplicateMember(let name):
            return "the member \"\(name)\" occurs twice"
        case .invalidMember(let name, let expected):
            return "the member \"\(name)\" is not \(expected)"
        case .newerFormat(let version):
            return "the record is in format version \(version); this program reads version 1 only"
        case .hashMismatch:
            return "\"h\" does not match the record's content (a byte was changed)"
        case .chainBroken:
            return
                "\"prev\" does not match \"h\" of the line before (a record was deleted, inserted or moved)"
        case .journalIdentifierChanged:
            return "\"jid\" differs from the first record's (a record from another journal)"
        case .sequenceOutOfOrder(let expected, let found):
            return "\"seq\" is \(found), expected \(expected)"
        case .monotonicClockWentBackwards(let previous, let found):
            return "\"mono_ns\" went backwards within one boot (\(previous) then \(found))"
        case .sealingInconsistent(let lineIsSealed):
            return lineIsSealed
                ? "the record carries a \"mac\" but the journal's first record does not"
                : "the record has no \"mac\" but the journal is sealed"
        case .containsNULBytes:
            return "the line contains NUL bytes"
        case .lineTooLong(let limit):
            return "the line is longer than \(limit) bytes"
        case .emptyJournal:
            return "the journal holds no complete record"
        case .macsStripped:
            return
                "journal.open carries \"key_commitment\" (the journal was sealed) but the line has no \"mac\": its MACs were stripped"
        case .notSealedButKeyGiven:
            return
                "a key was given but the journal carries no MACs and journal.open no \"key_commitment\": it was never sealed, or its MACs and commitment were stripped"
        case .wrongKey:
            return
                "the key does not fit this journal: neither the MAC nor \"key_commitment\" of journal.open match it (a wrong key file?)"
        case .keyCommitmentMismatch:
            return "\"key_commitment\" does not match the journal key derived from the given key"
        case .macMismatch(let epoch):
            return
                "\"mac\" was not made with the key of epoch \(epoch) (the record or its chain was rewritten)"
        case .macFromLaterEpoch(let epoch, let keyEpoch):
            return
                "\"mac\" was made with the key of a later epoch (\(keyEpoch)), not of this record's epoch \(epoch): re-MACed with a key taken later, or a seal was removed"
        case .missingSeal(let epoch, let limit):
            return
                "epoch \(epoch) holds more than \(limit) records without a seal (a seal record was removed)"
        }
    }
}
