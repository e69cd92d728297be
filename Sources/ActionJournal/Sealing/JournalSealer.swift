import Foundation
import Notation

/// Seals one journal: MACs each record with the epoch's key `J_k` and, after each `seal`
/// record is on disk, moves to `J_{k+1} = evolve(J_k)` and erases `J_k`.
///
/// With a key file (`<journal>.sealkey`, mode 0600) the current epoch's key is also kept
/// on disk, replaced durably at every epoch change and removed after the final seal, so
/// that a run paused or killed can be continued by a later process. That file reveals at
/// most the open epoch's key, which the running process held in memory anyway; every
/// sealed epoch stays out of reach. Without a key file (tests, tools) the key lives only
/// in memory. Not thread-safe: one writer owns it.
public final class JournalSealer: JournalSealing {
    static let keyFileHeader = "shodo-journal-seal-key-v1"

    /// The journal the key belongs to.
    public let jid: UUID
    /// Where the current key is kept on disk, if anywhere.
    public let keyFilePath: String?
    /// The open epoch `k`: how many `seal` records the journal holds.
    public private(set) var epoch: Int

    private var key: SealKey?
    private var keyFileIsCurrent: Bool

    /// The key file kept next to the journal at `journalPath`.
    public static func keyFilePath(forJournal journalPath: String) -> String {
        journalPath + ".sealkey"
    }

    /// A sealer for a new journal whose first key is `journalKey` (`J_0`); it takes the
    /// key over and erases it in time. The key file, if any, is written durably once the
    /// journal file exists and before its first record (`journalWasCreated`): a crash
    /// after `journal.open` always leaves the key to continue it, and a journal that was
    /// never created leaves no key behind.
    public init(journalKey: SealKey, jid: UUID, keyFilePath: String?) {
        key = journalKey
        self.jid = jid
        self.keyFilePath = keyFilePath
        epoch = 0
        keyFileIsCurrent = false
    }

    /// A sealer standing in epoch `epoch` with that epoch's key; with no `keyFilePath`
    /// the key lives only in memory.
    init(key: SealKey, jid: UUID, epoch: Int, keyFilePath: String?) {
        self.key = key
        self.jid = jid
        self.epoch = epoch
        self.keyFilePath = keyFilePath
        keyFileIsCurrent = true
    }

    /// The sealer that continues the journal at `journalPath`, from its key file; `nil`
    /// when there is no key file (an unsealed journal, or a sealed one already finished).
    public static func resuming(journalPath: String) throws(SealingError) -> JournalSealer? {
        let path = keyFilePath(forJournal: journalPath)
        try SecretFile.removeLeftoverTemporaries(of: path)
        guard var contents = try SecretFile.read(path) else { return nil }
        defer { SecretBytes.zero(&contents) }
        let fields = try KeyFileText.parse(
            contents, header: keyFileHeader, names: ["jid", "epoch", "key"], path: path)
        guard let jid = UUID(uuidString: fields["jid", default: ""]) else {
            throw .malformedKeyFile(path: path, reason: "\"jid\" is not a UUID")
        }
        let epoch = try KeyFileText.count(fields["epoch", default: ""], name: "epoch", path: path)
        let key = try KeyFileText.key(hex: fields["key", default: ""], path: path)
        return JournalSealer(key: key, jid: jid, epoch: epoch, keyFilePath: path)
    }

    deinit { key?.erase() }

    /// Writes the epoch-0 key file before the journal's first record.
    public func journalWasCreated() throws {
        try saveKeyFileIfStale()
    }

    /// `T_i` under the open epoch's key.
    public func mac(forRecordHash recordHash: [UInt8], kind: String) throws -> [UInt8] {
        guard let key else { throw SealingError.keyErased }
        return SealDerivation.mac(key: key, recordHash: recordHash)
    }

    /// After a `seal` record: evolve, erase the old key, keep the new one on disk.
    public func recordIsDurable(kind: String) throws {
        guard let key else { throw SealingError.keyErased }
        if kind == SealingPolicy.sealKind {
            let next = SealDerivation.evolve(key)
            key.erase()
            self.key = next
            epoch += 1
            keyFileIsCurrent = false
        }
        try saveKeyFileIfStale()
    }

    /// Aligns with the journal: the key file must be for this journal and for its open
    /// epoch, or for the epoch just before when a crash came between a `seal` reaching
    /// the disk and the evolved key replacing the file; it then evolves once. When the
    /// journal's last record was MACed with the key in hand, its MAC must match.
    public func continueJournal(_ records: [JournalRecord]) throws {
        guard let key else { throw SealingError.keyErased }
        let path = keyFilePath ?? "the journal key"
        guard let first = records.first, first.jid == jid else {
            throw SealingError.keyDoesNotFitJournal(
                path: path, reason: "it was made for journal \(jid.uuidString.lowercased())")
        }
        let seals = records.reduce(0) { $0 + ($1.kind == SealingPolicy.sealKind ? 1 : 0) }
        guard epoch == seals || epoch == seals - 1 else {
            throw SealingError.keyDoesNotFitJournal(
                path: path,
                reason: "it is the key of epoch \(epoch), the journal is in epoch \(seals)")
        }
        if let last = records.last, let recorded = last.mac,
            epoch == seals - 1 || last.kind != SealingPolicy.sealKind
        {
            let expected = SealDerivation.mac(
                key: key, recordHash: HexDigits.bytes(fromLowercaseHex: last.recordHash))
            guard HexDigits.string(expected) == recorded else {
                throw SealingError.keyDoesNotFitJournal(
                    path: path, reason: "the MAC of line \(last.lineNumber) was not made with it")
            }
        }
        if epoch == seals - 1 { try recordIsDurable(kind: SealingPolicy.sealKind) }
    }

    /// Erases the key and removes the key file: the journal's last epoch is sealed.
    public func finish() throws {
        key?.erase()
        key = nil
        if let keyFilePath { try SecretFile.remove(keyFilePath) }
    }

    private func saveKeyFileIfStale() throws(SealingError) {
        guard !keyFileIsCurrent, let keyFilePath, let key else { return }
        var contents = KeyFileText.render(
            header: Self.keyFileHeader,
            fields: [("jid", jid.uuidString.lowercased()), ("epoch", String(epoch))], key: key)
        defer { SecretBytes.zero(&contents) }
        try SecretFile.replace(keyFilePath, with: contents)
        keyFileIsCurrent = true
    }
}
