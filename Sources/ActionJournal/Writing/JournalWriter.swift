import Foundation
import JournalVocabulary
import Notation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends records to one journal, each durable before `append` returns.
///
/// Owned by one caller; not thread-safe. Holds an exclusive `flock` on the file until
/// `close()`. After any write or sync failure it is failed for good: that append and
/// every later one throws, and nothing is retried on the same descriptor.
/// Created with `create` (a new journal) or `openExisting` (continue after a pause or
/// a crash). Given a `JournalSealing`, every line also carries a MAC and the writer
/// closes epochs with `seal` records (`JournalWriter+Sealing`, `SealingPolicy`).
public final class JournalWriter {
    /// The journal file.
    public let path: String
    /// The journal's id, in every record.
    public let jid: UUID
    /// Records in the file (the next record's `seq`).
    public private(set) var recordCount: Int
    /// The last record written or read.
    public private(set) var lastRecord: JournalRecord?

    let descriptor: Int32
    let clock: any JournalClock
    private let output: any JournalOutput
    let sealing: (any JournalSealing)?
    private let journalIdentifierText: String
    private var previousHash: [UInt8]
    private var lastInstant: JournalInstant?
    private var failure: JournalError?
    private var isClosed = false
    /// Sealed journals only: `seal` records so far, and the open epoch's records and start.
    var sealCount = 0
    var openEpochRecordCount = 0
    var openEpochStart: JournalInstant?

    init(
        path: String, jid: UUID, descriptor: Int32, clock: any JournalClock,
        output: any JournalOutput,
        sealing: (any JournalSealing)?, recordCount: Int, previousHash: [UInt8],
        lastRecord: JournalRecord?
    ) {
        self.path = path
        self.jid = jid
        self.descriptor = descriptor
        self.clock = clock
        self.output = output
        self.sealing = sealing
        self.recordCount = recordCount
        self.previousHash = previousHash
        self.lastRecord = lastRecord
        journalIdentifierText = jid.uuidString.lowercased()
        lastInstant = lastRecord.map {
            JournalInstant(
                wallMicroseconds: $0.wallMicroseconds, monotonicNanoseconds: $0.monoNanoseconds,
                bootID: $0.boot)
        }
    }

    deinit { close() }

    /// `h` of the last line on disk, 64 lowercase hex digits.
    public var lastHash: String { HexDigits.string(previousHash) }

    /// The verification code of the last line on disk, for the operator to write down.
    public var verificationCode: VerificationCode { VerificationCode(recordHash: previousHash) }

    /// Whether a write or sync failed, so the writer accepts nothing more.
    public var hasFailed: Bool { failure != nil }

    /// Appends `draft` and returns the record once it is durable on disk.
    ///
    /// When the wall clock went back more than a second relative to the monotonic clock
    /// since the previous record (same boot), a `clock.stepped` record (`step_seconds`,
    /// negative) is appended first. In a sealed journal, a `seal` record is appended first
    /// when the open epoch is full or too old (`SealingPolicy`). Throws `.writeFailed`, `.shortWrite`, `.syncFailed`
    /// (the writer is then failed), `.writerFailed` for every append after that,
    /// `.writerClosed`, or `.clockUnusable` (nothing written, the writer stays usable).
    @discardableResult
    public func append(_ draft: RecordDraft) throws(JournalError) -> JournalRecord {
        try ensureUsable()
        let instant = clock.now()
        if let step = wallClockStepBack(at: instant) {
            let notice = try RecordDraft(
                kind: .clockStepped, actor: draft.actor,
                message: "the wall clock stepped back \(String(format: "%.6f", -step)) s",
                payload: [JSONMember(.stepSeconds, .double(step))])
            try writeInEpoch(notice, at: instant)
            return try writeInEpoch(draft, at: clock.now())
        }
        return try writeInEpoch(draft, at: instant)
    }

    /// Releases the lock and the descriptor. Does not write `journal.close`: the caller
    /// appends that record itself before closing.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = flock(descriptor, LOCK_UN)
        SystemFiles.close(descriptor)
    }

    private func ensureUsable() throws(JournalError) {
        if let failure { throw .writerFailed(path: path, firstFailure: failure) }
        if isClosed { throw .writerClosed(path: path) }
    }

    /// Seconds the wall clock went back (negative), when more than the threshold.
    private func wallClockStepBack(at instant: JournalInstant) -> Double? {
        guard let lastInstant, lastInstant.bootID == instant.bootID,
            instant.monotonicNanoseconds >= lastInstant.monotonicNanoseconds
        else { return nil }
        let elapsed = Int64(
            clamping: (instant.monotonicNanoseconds - lastInstant.monotonicNanoseconds) / 1000)
        let drift = instant.wallMicroseconds - lastInstant.wallMicroseconds - elapsed
        guard drift < -ChainChecker.clockStepThresholdMicroseconds else { return nil }
        return Double(drift) / 1_000_000
    }

    /// Builds, writes and syncs one line; the only place records reach the file.
    @discardableResult
    private func write(_ draft: RecordDraft, at instant: JournalInstant) throws(JournalError)
        -> JournalRecord
    {
        try ensureUsable()
        guard let timestamp = JournalTimestamp.text(microseconds: instant.wallMicroseconds) else {
            throw .clockUnusable(
                path: path, reason: "the wall clock reads a time outside the years 0000-9999")
        }
        if let lastInstant, lastInstant.bootID == instant.bootID,
            instant.monotonicNanoseconds < lastInstant.monotonicNanoseconds
        {
            throw .clockUnusable(
                path: path, reason: "the monotonic clock went backwards within one boot")
        }
        let header = RecordSerializer.Header(
            journalIdentifier: journalIdentifierText, sequence: recordCount, timestamp: timestamp,
            instant: instant, previousHash: previousHash)
        var line = RecordSerializer.prefix(header, draft)
        // The reader refuses a line (without its newline) this long, so the writer never makes one.
        let length = line.count + LineFraming.tailLength(sealed: sealing != nil)
        guard length <= JournalLineSource.maximumLineLength else {
            throw .recordTooLong(
                path: path, bytes: length, limit: JournalLineSource.maximumLineLength)
        }
        let hash = LineFraming.hash(prefix: line)
        var mac: [UInt8]?
        if let sealing {
            do {
                mac = try sealing.mac(forRecordHash: hash, kind: draft.kind)
            } catch {
                throw fail(.sealingFailed(path: path, reason: String(describing: error)))
            }
            guard mac?.count == 32 else {
                throw fail(.sealingFailed(path: path, reason: "the MAC is not 32 bytes"))
            }
        }
        LineFraming.appendTail(hash: hash, mac: mac, to: &line)
        let written: Int
        do {
            written = try output.write(line)
        } catch {
            throw fail(.writeFailed(path: path, errno: error.errno))
        }
        guard written == line.count else {
            throw fail(.shortWrite(path: path, written: written, expected: line.count))
        }
        do {
            try output.synchronize()
        } catch {
            throw fail(.syncFailed(path: path, errno: error.errno))
        }
        let record = JournalRecord(
            lineNumber: recordCount + 1, seq: recordCount, jid: jid, timestamp: timestamp,
            wallMicroseconds: instant.wallMicroseconds,
            monoNanoseconds: instant.monotonicNanoseconds,
            boot: instant.bootID, actor: draft.actor, kind: draft.kind, message: draft.message,
            members: RecordSerializer.members(header, draft), recordHash: HexDigits.string(hash),
            mac: mac.map { HexDigits.string($0) })
        previousHash = hash
        recordCount += 1
        lastInstant = instant
        lastRecord = record
        if let sealing {
            countInEpoch(kind: draft.kind, at: instant)
            do {
                try sealing.recordIsDurable(kind: draft.kind)
            } catch {
                throw fail(.sealingFailed(path: path, reason: String(describing: error)))
            }
        }
        return record
    }

    /// Writes `draft`, first closing the open epoch when it is due at `instant`.
    @discardableResult
    private func writeInEpoch(_ draft: RecordDraft, at instant: JournalInstant) throws(JournalError)
        -> JournalRecord
    {
        if draft.kind == SealingPolicy.sealKind {
            // A seal's members describe the epoch it closes as it stands when written.
            return try write(isSealed ? try sealDraft(actor: draft.actor) : draft, at: instant)
        }
        guard epochIsDue(at: instant) else { return try write(draft, at: instant) }
        try write(try sealDraft(actor: draft.actor), at: instant)
        return try write(draft, at: clock.now())
    }

    /// Marks the writer failed for good and returns the error to throw.
    func fail(_ error: JournalError) -> JournalError {
        if failure == nil { failure = error }
        return error
    }
}
