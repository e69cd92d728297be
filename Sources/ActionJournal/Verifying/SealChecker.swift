import Foundation
import JournalVocabulary
import Notation

/// The checks a key adds to verification: commitment, every MAC, one seal per epoch.
///
/// Fed each line that passed the chain checks, in order. From `K_0` and line 1's
/// `seal_epoch` it derives the machine key `K_e`, then `J_0` from the jid; it checks
/// `key_commitment` and line 1's MAC, then each MAC under `J_k` where `k` counts the
/// `seal` records before the line, and evolves after each seal. A class, so that the
/// verification pass can consult it between checking a line and committing it.
final class SealChecker {
    /// How many epochs past the expected one are tried, to name a MAC made with a later
    /// key (128 epochs are at least 6,400 records); a MAC matching none is an error all
    /// the same, only named less precisely.
    static let laterEpochsTried = 128
    /// The largest `seal_epoch` accepted: more would only be a way to stall the verifier.
    static let maximumMachineEpoch: Int64 = 1_000_000

    /// `seal` records verified so far (the open epoch's number).
    private(set) var sealsVerified = 0
    /// The machine key's epoch `e` recorded in line 1, once checked.
    private(set) var machineEpoch: Int?
    /// The first line of the open epoch: a record after the last seal; `nil` when the
    /// last line checked is a seal (or none was checked).
    private(set) var openEpochFirstLine: Int?

    private let firstKey: SealKey
    private var epochKey: SealKey?
    private var recordsInEpoch = 0
    private var macScratch = [UInt8](repeating: 0, count: 32)

    /// A checker for journals sealed under the first key `firstKey` (`K_0`).
    init(firstKey: SealKey) {
        self.firstKey = firstKey
    }

    deinit { epochKey?.erase() }

    /// Checks the MAC (and on line 1 the key) of a line whose hash `H` is `recordHash`.
    func check(
        _ line: UnsafeRawBufferPointer, _ scanned: ScannedLine, recordHash: [UInt8], lineNumber: Int
    ) throws(VerificationProblem) {
        guard let macRange = scanned.mac else { throw .notSealedButKeyGiven }
        let key: SealKey
        if let epochKey {
            key = epochKey
            guard macMatches(key: key, line, macRange, recordHash) else {
                throw laterEpochProblem(line, macRange, recordHash)
            }
        } else {
            key = try firstJournalKey(line, macRange, recordHash, lineNumber: lineNumber)
            epochKey = key
        }
        if try isSeal(line, scanned) {
            let next = SealDerivation.evolve(key)
            key.erase()
            epochKey = next
            sealsVerified += 1
            recordsInEpoch = 0
            openEpochFirstLine = nil
        } else {
            recordsInEpoch += 1
            guard recordsInEpoch <= SealingPolicy.maximumRecordsPerEpoch else {
                throw .missingSeal(
                    epoch: sealsVerified, limit: SealingPolicy.maximumRecordsPerEpoch)
            }
            if openEpochFirstLine == nil { openEpochFirstLine = lineNumber }
        }
    }

    /// `J_0` from line 1 (`journal.open`): checks `key_commitment` and the MAC.
    private func firstJournalKey(
        _ line: UnsafeRawBufferPointer, _ macRange: Range<Int>, _ recordHash: [UInt8],
        lineNumber: Int
    ) throws(VerificationProblem) -> SealKey {
        let record = try JournalRecordDecoder.record(
            line, try JournalLineScanner.scan(line, collectingMembers: true), lineNumber: lineNumber
        )
        guard let epoch = record.integer(.sealEpoch) else {
            throw record.value(.sealEpoch) == nil
                ? .missingMember(RecordMember.sealEpoch.rawValue)
                : .invalidMember(
                    name: RecordMember.sealEpoch.rawValue,
                    expected: "the machine key's epoch, a whole number")
        }
        guard (1...Self.maximumMachineEpoch).contains(epoch) else {
            throw .invalidMember(
                name: RecordMember.sealEpoch.rawValue,
                expected: "an epoch from 1 to \(Self.maximumMachineEpoch)")
        }
        guard let commitment = record.string(.keyCommitment) else {
            throw record.value(.keyCommitment) == nil
                ? .missingMember(RecordMember.keyCommitment.rawValue)
                : .invalidMember(
                    name: RecordMember.keyCommitment.rawValue, expected: "64 lowercase hex digits")
        }
        let machineKey = SealDerivation.evolve(firstKey, times: Int(epoch))
        let journalKey = SealDerivation.journalKey(machineKey: machineKey, jid: record.jid)
        machineKey.erase()
        let commitmentMatches = SealDerivation.commitment(journalKey: journalKey) == commitment
        let macMatches = macMatches(key: journalKey, line, macRange, recordHash)
        switch (commitmentMatches, macMatches) {
        case (true, true):
            machineEpoch = Int(epoch)
            return journalKey
        case (false, false):
            journalKey.erase()
            throw .wrongKey
        case (false, true):
            journalKey.erase()
            throw .keyCommitmentMismatch
        case (true, false):
            journalKey.erase()
            throw .macMismatch(epoch: 0)
        }
    }

    /// Why a MAC failed: made with one of the next keys, or with none of them.
    private func laterEpochProblem(
        _ line: UnsafeRawBufferPointer, _ macRange: Range<Int>, _ recordHash: [UInt8]
    ) -> VerificationProblem {
        guard let epochKey else { return .macMismatch(epoch: sealsVerified) }
        var candidate = SealDerivation.evolve(epochKey)
        defer { candidate.erase() }
        for ahead in 1...Self.laterEpochsTried {
            if macMatches(key: candidate, line, macRange, recordHash) {
                return .macFromLaterEpoch(epoch: sealsVerified, keyEpoch: sealsVerified + ahead)
            }
            let next = SealDerivation.evolve(candidate)
            candidate.erase()
            candidate = next
        }
        return .macMismatch(epoch: sealsVerified)
    }

    private func macMatches(
        key: SealKey, _ line: UnsafeRawBufferPointer, _ macRange: Range<Int>, _ recordHash: [UInt8]
    ) -> Bool {
        recordHash.withUnsafeBytes { hash in
            macScratch.withUnsafeMutableBytes {
                SealDerivation.mac(key: key, recordHash: hash, into: $0)
            }
        }
        return macScratch.withUnsafeBytes { HexDigits.matches(line, from: macRange.lowerBound, $0) }
    }

    /// Whether the line's `kind` is `seal` (decoding it only when it holds escapes).
    private func isSeal(_ line: UnsafeRawBufferPointer, _ scanned: ScannedLine)
        throws(VerificationProblem) -> Bool
    {
        let kind = UnsafeRawBufferPointer(rebasing: line[scanned.kind])
        if !kind.contains(UInt8(ascii: "\\")) {
            return kind.count == 6 && kind.elementsEqual("\"seal\"".utf8)
        }
        return try JSONValueParser.decodeString(line, scanned.kind.lowerBound).value
            == SealingPolicy.sealKind
    }
}
