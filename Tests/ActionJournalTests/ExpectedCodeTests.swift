import ActionJournal
import Testing

/// `verify --expect CODE`: the code proves the journal up to that line was not cut or rewritten.
struct ExpectedCodeTests {
    /// A 6-line journal's bytes and the code of each line.
    private func journal() throws -> (bytes: [UInt8], codes: [VerificationCode]) {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let writer = try fixture.write(records: 1)
        var codes = [writer.verificationCode]
        for index in 1..<6 {
            codes.append(try writer.append(JournalFixture.draft(index)).verificationCode)
        }
        #expect(codes.last == writer.verificationCode)
        writer.close()
        return (try fixture.contents(), codes)
    }

    @Test func codeOfTheLastLineMatches() throws {
        let (bytes, codes) = try journal()
        let report = JournalVerifier.verify(bytes: bytes, expectedCode: codes[5])
        #expect(report.isIntact && report.expectedCodeMatched && report.expectedCodeLine == 6)
        #expect(report.verificationCode == codes[5])
        #expect(report.lines.contains("expected code \(codes[5]) found at line 6"))
        #expect(report.lines.contains("blind spot: lines after line 6 are not covered by the verification code and could have been cut or rewritten"))
    }

    @Test func codeOfAMiddleLineMatchesThatLine() throws {
        let (bytes, codes) = try journal()
        let report = JournalVerifier.verify(bytes: bytes, expectedCode: codes[2])
        #expect(report.isIntact && report.expectedCodeLine == 3)
        #expect(report.verificationCode == codes[5])
    }

    @Test func codeTakenBeforeTheEndWasCutIsNotFound() throws {
        let (bytes, codes) = try journal()
        var lines = JournalLines(bytes)
        lines.lines.removeLast(2)
        let withoutCode = JournalVerifier.verify(bytes: lines.bytes)
        #expect(withoutCode.isIntact)  // the blind spot: a cut at a line boundary passes alone
        let report = JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[5])
        #expect(report.firstError == VerificationFailure(line: 5, problem: .expectedCodeNotFound(codes[5])))
        #expect(report.lines.first == "line 5: no line carries the verification code \(codes[5]) (the end was cut or rewritten)")
    }

    @Test func codeOfARewrittenEndIsNotFound() throws {
        let (bytes, codes) = try journal()
        var lines = JournalLines(bytes)
        lines.edit(line: 5, replacing: "step-5", with: "step-6")
        #expect(JournalVerifier.verify(bytes: lines.bytes).isIntact)  // re-chained without a key
        let report = JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[5])
        #expect(report.firstError == VerificationFailure(line: 7, problem: .expectedCodeNotFound(codes[5])))
        #expect(JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[4]).isIntact)
    }

    @Test func bogusCodeIsNotFound() throws {
        let (bytes, _) = try journal()
        let bogus = try #require(VerificationCode(parsing: "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
        let report = JournalVerifier.verify(bytes: bytes, expectedCode: bogus)
        #expect(!report.isIntact && !report.expectedCodeMatched)
        #expect(report.firstError?.problem == .expectedCodeNotFound(bogus))
    }

    @Test func codeOfATornFinalLineIsNotFound() throws {
        let (bytes, codes) = try journal()
        let report = JournalVerifier.verify(bytes: Array(bytes.dropLast()), expectedCode: codes[5])
        #expect(report.firstError == VerificationFailure(line: 6, problem: .expectedCodeNotFound(codes[5])))
        #expect(report.tornFinalLineBytes != nil)
    }

    @Test func errorBeforeTheCodeLineFailsEvenIfTheCodeIsFoundLater() throws {
        let (bytes, codes) = try journal()
        var lines = JournalLines(bytes)
        lines.lines[1] = lines.lines[1].replacingOccurrences(of: "step-1", with: "step-0")
        let report = JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[5])
        #expect(report.firstError == VerificationFailure(line: 2, problem: .hashMismatch))
    }
}
