import ActionJournal
import Foundation
import Testing

/// Verifying with the key (anchors A8b, A9, A16, A17, A23): every attack the spec lists
/// is an error on the right line, and an untouched sealed journal says what was checked.
struct SealedVerifyTests {
    private func standard(finalSeal: Bool = true) throws -> (
        journal: SealedJournalFixture, lines: JournalLines
    ) {
        let journal = try SealedJournalFixture()
        return (journal, JournalLines(try journal.standardJournal(finalSeal: finalSeal)))
    }

    private func failure(_ lines: JournalLines, key: SealKey?) -> VerificationFailure? {
        JournalVerifier.verify(bytes: lines.bytes, key: key).firstError
    }

    @Test func anUntouchedSealedJournalVerifiesWithItsKeyAndSaysSo() throws {
        let (journal, lines) = try standard()
        defer { journal.remove() }
        #expect(lines.lines.count == 12 && [4, 8, 11].allSatisfy(lines.isSeal))
        let report = JournalVerifier.verify(bytes: lines.bytes, key: journal.firstKey)
        #expect(report.isIntact && report.checkedWithKey && report.isSealed)
        #expect(
            report.sealsVerified == 3 && report.machineEpoch == 1
                && report.openEpochFirstLine == nil)
        #expect(report.linesVerified == 12)
        #expect(
            report.lines.contains(
                "sealed: every MAC checked with the key (machine key epoch 1, key_commitment matches, 3 seals)"
            ))
        #expect(
            !report.lines.contains { $0.contains("without the key") || $0.contains("not sealed") })
        #expect(report.lines.last == "blind spot: without a verification code the end can be cut")
        let keyless = JournalVerifier.verify(bytes: lines.bytes)
        #expect(keyless.isIntact && !keyless.checkedWithKey)
        #expect(
            keyless.lines.contains(
                "blind spot: without the key the MACs were not checked, so a rewritten chain passes"
            ))
    }

    @Test func recordsAfterTheLastSealAreNamedAsTheOpenEpoch() throws {
        let (journal, lines) = try standard(finalSeal: false)
        defer { journal.remove() }
        let report = JournalVerifier.verify(bytes: lines.bytes, key: journal.firstKey)
        #expect(report.isIntact && report.openEpochFirstLine == 10)
        #expect(
            report.lines.contains {
                $0.hasPrefix("blind spot: lines 10-11 come after the last seal")
            })
    }

    @Test func aRecomputedChainFailsOnTheEditedRecordsMAC() throws {
        var (journal, lines) = try standard()
        defer { journal.remove() }
        lines.editSealed(line: 6, replacing: "step-5", with: "step-X") { _, _ in nil }
        #expect(
            JournalVerifier.verify(bytes: lines.bytes).isIntact,
            "without the key the rewrite passes")
        #expect(
            failure(lines, key: journal.firstKey)
                == VerificationFailure(line: 7, problem: .macMismatch(epoch: 1)))
    }

    @Test func aRecomputedChainWithoutMACsIsAStrippedJournalEvenWithoutTheKey() throws {
        var (journal, lines) = try standard()
        defer { journal.remove() }
        lines.edit(line: 2, replacing: "step-2", with: "step-X")
        #expect(failure(lines, key: nil) == VerificationFailure(line: 1, problem: .macsStripped))
        #expect(
            failure(lines, key: journal.firstKey)
                == VerificationFailure(line: 1, problem: .macsStripped))
    }

    @Test func aJournalStrippedOfItsMACsReadsAsStrippedNotAsNeverSealed() throws {
        var (journal, lines) = try standard()
        defer { journal.remove() }
        lines.stripMACs()
        let keyless = JournalVerifier.verify(bytes: lines.bytes)
        #expect(
            keyless.firstError == VerificationFailure(line: 1, problem: .macsStripped),
            "journal.open still commits to a key")
        #expect(VerificationVerdict(keyless).seals == .stripped)
        #expect(VerificationVerdict(keyless).headline(.english).contains("MACs stripped"))
        let report = JournalVerifier.verify(bytes: lines.bytes, key: journal.firstKey)
        #expect(report.firstError == VerificationFailure(line: 1, problem: .macsStripped))
    }

    @Test func aJournalStrippedOfItsMACsAndCommitmentFailsWithTheKeyOnly() throws {
        var (journal, lines) = try standard()
        defer { journal.remove() }
        lines.stripMACs()
        lines.edit(line: 0, replacing: ",\"key_commitment\":", with: ",\"kc\":")
        let keyless = JournalVerifier.verify(bytes: lines.bytes)
        #expect(keyless.isIntact && !keyless.isSealed, "without the key this reads as never sealed")
        #expect(VerificationVerdict(keyless).seals == .neverSealed)
        #expect(VerificationVerdict(keyless).headline(.english).contains("never sealed"))
        let report = JournalVerifier.verify(bytes: lines.bytes, key: journal.firstKey)
        #expect(report.firstError == VerificationFailure(line: 1, problem: .notSealedButKeyGiven))
        #expect(VerificationVerdict(report).seals == .keyButNoMACs)
        #expect(
            report.lines.first?.hasPrefix("line 1: a key was given but the journal carries no MACs")
                == true)
    }

    @Test func aMACMadeWithALaterStolenKeyIsNamedAsSuch() throws {
        var (journal, lines) = try standard(finalSeal: false)
        defer { journal.remove() }
        // The thief holds J_2 (the open epoch's key) and rewrites a record of epoch 0.
        let stolen = journal.journalKey(epoch: 2)
        lines.editSealed(line: 2, replacing: "step-2", with: "step-X") { index, _ in
            index >= 2 ? stolen : nil
        }
        #expect(
            failure(lines, key: journal.firstKey)
                == VerificationFailure(line: 3, problem: .macFromLaterEpoch(epoch: 0, keyEpoch: 2)))
    }

    @Test func aRemovedSealShowsAsAMACOfTheNextEpoch() throws {
        var (journal, lines) = try standard()
        defer { journal.remove() }
        lines.remove(line: 4)
        lines.rechainSealed { index, _ in
            // Each record keeps a MAC under the key of the epoch it was written in.
            index < 4
                ? journal.journalKey(epoch: 0)
                : index < 8 ? journal.journalKey(epoch: 1) : journal.journalKey(epoch: 2)
        }
        #expect(
            failure(lines, key: journal.firstKey)
                == VerificationFailure(line: 5, problem: .macFromLaterEpoch(epoch: 0, keyEpoch: 1)))
    }

    @Test func anEpochOfMoreThanFiftyRecordsIsAMissingSeal() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        try journal.append(1...59, to: writer)
        writer.close()
        var lines = JournalLines(try journal.fixture.contents())
        #expect(lines.isSeal(50))
        // Someone holding J_0 removes the seal and MACs every record with J_0.
        lines.remove(line: 50)
        let keyZero = journal.journalKey(epoch: 0)
        lines.rechainSealed { _, _ in keyZero }
        #expect(
            failure(lines, key: journal.firstKey)
                == VerificationFailure(line: 51, problem: .missingSeal(epoch: 0, limit: 50)))
    }

    @Test func aWrongKeyFailsOnTheFirstMAC() throws {
        let (journal, lines) = try standard()
        defer { journal.remove() }
        let report = JournalVerifier.verify(
            bytes: lines.bytes, key: try SealKeyMaterial.key(seed: 1))
        #expect(report.firstError == VerificationFailure(line: 1, problem: .wrongKey))
        #expect(report.linesVerified == 0)
        #expect(
            report.lines.first
                == "line 1: the key does not fit this journal: neither the MAC nor \"key_commitment\" of journal.open match it (a wrong key file?)"
        )
    }

    @Test func aRewrittenCommitmentIsCaughtEvenWithAValidMAC() throws {
        var (journal, lines) = try standard()
        defer { journal.remove() }
        let marker = try #require(lines.lines[0].range(of: "\"key_commitment\":\""))
        let commitment = String(lines.lines[0][marker.upperBound...].prefix(64))
        // Someone holding J_0 rewrites the commitment and MACs journal.open again.
        let keyZero = journal.journalKey(epoch: 0)
        lines.editSealed(line: 0, replacing: commitment, with: String(repeating: "0", count: 64)) {
            index, _ in
            index == 0 ? keyZero : nil
        }
        #expect(
            failure(lines, key: journal.firstKey)
                == VerificationFailure(line: 1, problem: .keyCommitmentMismatch))
    }

    @Test func anUnsealedJournalGivenAKeyIsRefused() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let report = JournalVerifier.verify(
            bytes: try fixture.bytes(records: 4), key: try SealKeyMaterial.key(seed: 2))
        #expect(report.firstError == VerificationFailure(line: 1, problem: .notSealedButKeyGiven))
    }

    @Test func theExpectedCodeAndTheKeyWorkTogether() throws {
        let (journal, lines) = try standard()
        defer { journal.remove() }
        try journal.fixture.replace(with: lines.bytes)
        let code = try #require(JournalVerifier.verify(bytes: lines.bytes).verificationCode)
        let report = try JournalVerifier.verify(
            path: journal.path, expectedCode: code, key: journal.firstKey)
        #expect(report.isIntact && report.expectedCodeLine == 12 && report.checkedWithKey)
        #expect(report.blindSpots.isEmpty == false)
        #expect(!report.blindSpots.contains { $0.contains("key") })
    }
}
