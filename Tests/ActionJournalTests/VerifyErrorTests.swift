import ActionJournal
import Foundation
import ShodoTestSupport
import Testing

/// Every error the spec lists, each on its own, with the line and the reason.
struct VerifyErrorTests {
    /// A 6-line journal as lines, and a helper to verify edited lines.
    private func journal() throws -> JournalLines {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        return JournalLines(try fixture.bytes(records: 6))
    }

    private func failure(_ lines: JournalLines) -> VerificationFailure? {
        JournalVerifier.verify(bytes: lines.bytes).firstError
    }

    @Test func untouchedJournalIsIntact() throws {
        let report = JournalVerifier.verify(bytes: try journal().bytes)
        #expect(report.isIntact)
        #expect(report.linesVerified == 6)
        #expect(report.warnings.isEmpty)
        #expect(report.firstSequence == 0 && report.lastSequence == 5)
        #expect(report.firstTimestamp == "2025-11-21T19:35:22.328169Z")
        #expect(report.lastTimestamp == "2025-11-21T19:35:22.333169Z")
    }

    @Test func changedByteInARecordIsAHashMismatch() throws {
        var lines = try journal()
        lines.lines[2] = lines.lines[2].replacingOccurrences(of: "step-2", with: "step-9")
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .hashMismatch))
    }

    @Test func changedHashIsAHashMismatch() throws {
        var lines = try journal()
        let line = lines.lines[2]
        let lastDigit = line.index(line.endIndex, offsetBy: -3)
        lines.lines[2] = String(line[..<lastDigit]) + (line[lastDigit] == "0" ? "1" : "0") + "\"}"
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .hashMismatch))
    }

    @Test func deletedRecordBreaksTheChain() throws {
        var lines = try journal()
        lines.lines.remove(at: 2)
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .chainBroken))
    }

    @Test func deletedFirstRecordBreaksTheChainAtLineOne() throws {
        var lines = try journal()
        lines.lines.removeFirst()
        #expect(failure(lines) == VerificationFailure(line: 1, problem: .chainBroken))
    }

    @Test func swappedRecordsBreakTheChain() throws {
        var lines = try journal()
        lines.lines.swapAt(2, 3)
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .chainBroken))
    }

    @Test func repeatedRecordBreaksTheChain() throws {
        var lines = try journal()
        lines.lines.insert(lines.lines[2], at: 3)
        #expect(failure(lines) == VerificationFailure(line: 4, problem: .chainBroken))
    }

    @Test func recordSplicedFromAnotherJournalBreaksTheChain() throws {
        let other = try JournalFixture()
        defer { other.remove() }
        let writer = try JournalWriter.create(
            path: other.path, jid: UUID(), actor: "x", message: "other", openPayload: [],
            clock: ManualJournalClock())
        try writer.append(JournalFixture.draft(2))
        writer.close()
        var lines = try journal()
        lines.lines.insert(JournalLines(try other.contents()).lines[1], at: 3)
        #expect(failure(lines) == VerificationFailure(line: 4, problem: .chainBroken))
    }

    @Test func rechainedRecordWithAnotherJournalIdentifierIsRefused() throws {
        var lines = try journal()
        lines.edit(
            line: 3, replacing: JournalFixture.fixedJID.uuidString.lowercased(),
            with: "0badc0de-0000-4000-8000-000000000000")
        #expect(failure(lines) == VerificationFailure(line: 4, problem: .journalIdentifierChanged))
    }

    @Test func truncatedLineInTheMiddleIsMalformed() throws {
        var lines = try journal()
        lines.lines[2] = String(lines.lines[2].prefix(120))
        let found = try #require(failure(lines))
        #expect(found.line == 3)
        guard case .malformed = found.problem else {
            Issue.record("expected a malformed line, got \(found.problem)")
            return
        }
    }

    @Test func garbageLineInTheMiddleIsMalformed() throws {
        var lines = try journal()
        lines.lines.insert("hello", at: 2)
        #expect(
            failure(lines)
                == VerificationFailure(
                    line: 3, problem: .malformed("the line does not start with '{'")))
    }

    @Test func emptyLineInTheMiddleIsMalformed() throws {
        var lines = try journal()
        lines.lines.insert("", at: 2)
        #expect(failure(lines)?.line == 3)
    }

    @Test func sequenceGapIsRefused() throws {
        var lines = try journal()
        lines.edit(line: 3, replacing: "\"seq\":3,", with: "\"seq\":4,")
        #expect(
            failure(lines)
                == VerificationFailure(line: 4, problem: .sequenceOutOfOrder(expected: 3, found: 4))
        )
    }

    @Test func sequenceNotStartingAtZeroIsRefused() throws {
        var lines = try journal()
        lines.edit(line: 0, replacing: "\"seq\":0,", with: "\"seq\":1,")
        #expect(
            failure(lines)
                == VerificationFailure(line: 1, problem: .sequenceOutOfOrder(expected: 0, found: 1))
        )
    }

    @Test func monotonicClockGoingBackwardsWithinOneBootIsRefused() throws {
        var lines = try journal()
        lines.edit(
            line: 3, replacing: "\"mono_ns\":705551834183,", with: "\"mono_ns\":705548834182,")
        #expect(
            failure(lines)
                == VerificationFailure(
                    line: 4,
                    problem: .monotonicClockWentBackwards(
                        previous: 705_550_834_183, found: 705_548_834_182)))
    }

    @Test func monotonicClockRestartingAfterARebootIsAccepted() throws {
        var lines = try journal()
        for index in 3...5 {
            lines.edit(
                line: index, replacing: "ac526618-1b4c-4f6e-9a3d-5e2f7c8b9d01",
                with: "b0070000-0000-4000-8000-000000000001")
        }
        lines.edit(line: 3, replacing: "\"mono_ns\":705551834183,", with: "\"mono_ns\":5,")
        lines.edit(line: 4, replacing: "\"mono_ns\":705552834183,", with: "\"mono_ns\":6,")
        lines.edit(line: 5, replacing: "\"mono_ns\":705553834183,", with: "\"mono_ns\":7,")
        let report = JournalVerifier.verify(bytes: lines.bytes)
        #expect(report.isIntact)
        #expect(report.warnings.isEmpty)
    }

    @Test func newerFormatVersionIsRefused() throws {
        var lines = try journal()
        lines.edit(line: 3, replacing: "{\"v\":1,", with: "{\"v\":2,")
        #expect(failure(lines) == VerificationFailure(line: 4, problem: .newerFormat(version: 2)))
    }

    @Test func versionThatIsNotAWholeNumberIsRefused() throws {
        var lines = try journal()
        lines.edit(line: 3, replacing: "{\"v\":1,", with: "{\"v\":1.0,")
        #expect(
            failure(lines)
                == VerificationFailure(
                    line: 4, problem: .invalidMember(name: "v", expected: "the format version 1")))
    }

    @Test func impossibleTimestampIsRefused() throws {
        var lines = try journal()
        lines.edit(
            line: 2, replacing: "2025-11-21T19:35:22.330169Z", with: "2025-02-30T19:35:22.330169Z")
        let expected = VerificationProblem.invalidMember(
            name: "ts", expected: "an RFC 3339 UTC time like 2025-11-21T19:35:22.328169Z")
        #expect(failure(lines) == VerificationFailure(line: 3, problem: expected))
    }

    @Test func timestampWithoutMicrosecondsIsRefused() throws {
        var lines = try journal()
        lines.edit(line: 2, replacing: "2025-11-21T19:35:22.330169Z", with: "2025-11-21T19:35:22Z")
        #expect(failure(lines)?.line == 3)
    }

    @Test func missingMemberIsRefused() throws {
        var lines = try journal()
        lines.edit(
            line: 2, replacing: "\"boot\":\"ac526618-1b4c-4f6e-9a3d-5e2f7c8b9d01\",", with: "")
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .missingMember("boot")))
    }

    @Test func repeatedMemberIsRefused() throws {
        var lines = try journal()
        lines.edit(line: 2, replacing: "\"seq\":2,", with: "\"seq\":2,\"seq\":2,")
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .duplicateMember("seq")))
    }

    @Test func prevThatIsNotLastIsRefused() throws {
        var lines = try journal()
        let prefix = lines.prefix(2)
        lines.lines[2] =
            prefix + ",\"extra\":1" + ",\"h\":\""
            + JournalLines.hash(prefix: prefix + ",\"extra\":1") + "\"}"
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .tailMalformed))
    }

    @Test func uppercaseHashIsATailError() throws {
        var lines = try journal()
        let prefix = lines.prefix(2)
        lines.lines[2] =
            prefix + ",\"h\":\"" + JournalLines.hash(prefix: prefix).uppercased() + "\"}"
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .tailMalformed))
    }

    @Test func brokenMACTemplateIsATailError() throws {
        var lines = try journal()
        lines.lines[2] =
            String(lines.lines[2].dropLast(2)) + "\",\"MAC\":\"" + String(repeating: "a", count: 64)
            + "\"}"
        #expect(failure(lines) == VerificationFailure(line: 3, problem: .tailMalformed))
    }

    @Test func macOnOneLineOfAnUnsealedJournalIsRefused() throws {
        var lines = try journal()
        lines.lines[3] =
            String(lines.lines[3].dropLast(2)) + "\",\"mac\":\"" + String(repeating: "a", count: 64)
            + "\"}"
        #expect(
            failure(lines)
                == VerificationFailure(line: 4, problem: .sealingInconsistent(lineIsSealed: true)))
    }

    @Test func sealedJournalLosingAMACIsRefusedAndSealedTailsAreAcceptedStructurally() throws {
        var lines = try journal()
        let mac = "\",\"mac\":\"" + String(repeating: "b", count: 64) + "\"}"
        for index in lines.lines.indices where index != 4 {
            lines.lines[index] = String(lines.lines[index].dropLast(2)) + mac
        }
        #expect(
            failure(lines)
                == VerificationFailure(line: 5, problem: .sealingInconsistent(lineIsSealed: false)))
        lines.lines[4] = String(lines.lines[4].dropLast(2)) + mac
        let report = JournalVerifier.verify(bytes: lines.bytes)
        #expect(report.isIntact && report.isSealed)
        #expect(
            report.blindSpots.first
                == "blind spot: without the key the MACs were not checked, so a rewritten chain passes"
        )
    }

    @Test func macWithUppercaseHexIsATailError() throws {
        var lines = try journal()
        lines.lines[0] =
            String(lines.lines[0].dropLast(2)) + "\",\"mac\":\"" + String(repeating: "B", count: 64)
            + "\"}"
        #expect(failure(lines) == VerificationFailure(line: 1, problem: .tailMalformed))
    }

    @Test func nulByteInAMiddleLineIsAnError() throws {
        var bytes = try journal().bytes
        let secondNewline = try #require(
            bytes.indices.filter { bytes[$0] == 0x0A }.dropFirst().first)
        bytes[secondNewline + 30] = 0
        #expect(
            JournalVerifier.verify(bytes: bytes).firstError
                == VerificationFailure(line: 3, problem: .containsNULBytes))
    }

    @Test func emptyFileHoldsNoRecord() {
        let report = JournalVerifier.verify(bytes: [])
        #expect(report.firstError == VerificationFailure(line: 1, problem: .emptyJournal))
        #expect(report.verificationCode == nil)
    }

    @Test func overlongLineIsRefusedWithoutBufferingIt() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        var bytes = try fixture.bytes(records: 2)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 17 << 20) + [0x0A]
        try fixture.replace(with: bytes)
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(
            report.firstError
                == VerificationFailure(line: 3, problem: .lineTooLong(limit: 16 << 20)))
        #expect(report.linesVerified == 2)
    }

    @Test func recordsWrittenByAnotherImplementationInAnotherOrderVerify() {
        var previous = String(repeating: "0", count: 64)
        var lines = JournalLines([])
        lines.lines = []
        for sequence in 0..<3 {
            let prefix =
                #"{ "kind": "x.custom", "jid": "11111111-2222-4333-8444-555555555555", "v": 1, "seq": \#(sequence), "#
                + #""extra": {"nested": [1, {"prev": "not this one"}], "n": -1.5e3}, "ts": "2025-01-01T00:00:0\#(sequence).000000Z", "#
                + #""boot": "b", "mono_ns": \#(sequence), "actor": "\u5c71", "msg": "", "prev":""#
                + previous + "\""
            let hash = JournalLines.hash(prefix: prefix)
            lines.lines.append(prefix + ",\"h\":\"" + hash + "\"}")
            previous = hash
        }
        let report = JournalVerifier.verify(bytes: lines.bytes)
        #expect(report.isIntact)
        #expect(report.linesVerified == 3)
    }

    @Test func reportLinesNameTheFirstBadLine() throws {
        var lines = try journal()
        lines.lines.remove(at: 2)
        let printed = JournalVerifier.verify(bytes: lines.bytes).lines
        #expect(
            printed.first
                == "line 3: \"prev\" does not match \"h\" of the line before (a record was deleted, inserted or moved)"
        )
        #expect(printed.contains("blind spot: without a verification code the end can be cut"))
        #expect(!printed.contains { $0.contains("OK") })
    }

    @Test func reportLinesOfAnIntactJournalGiveTheRangeAndTheCode() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let writer = try fixture.write(records: 6)
        let code = writer.verificationCode
        writer.close()
        let report = try JournalVerifier.verify(path: fixture.path)
        #expect(report.verificationCode == code)
        #expect(
            report.lines == [
                "OK: lines 1-6 verified (seq 0-5)",
                "time range 2025-11-21T19:35:22.328169Z to 2025-11-21T19:35:22.333169Z",
                "verification code \(code)",
                "blind spot: the journal is not sealed; without the key a rewritten chain passes",
                "blind spot: without a verification code the end can be cut",
            ])
    }
}
