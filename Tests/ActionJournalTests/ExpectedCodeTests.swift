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
        #expect(
            report.lines.contains(
                "blind spot: lines after line 6 are not covered by the verification code and could have been cut or rewritten"
            ))
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
        #expect(report.firstError == nil && report.expectedCodeMissing && !report.isIntact)
        #expect(
            report.lines.first
                == "no line has the verification code \(codes[5]) — check it was copied correctly, or the end was cut"
        )
        #expect(!report.lines.contains { $0.contains("line 5") }, "no line past the end is named")
        #expect(VerificationVerdict(report).end == .noLineHasCode(codes[5]))
    }

    @Test func codeOfARewrittenEndIsNotFound() throws {
        let (bytes, codes) = try journal()
        var lines = JournalLines(bytes)
        lines.edit(line: 5, replacing: "step-5", with: "step-6")
        #expect(JournalVerifier.verify(bytes: lines.bytes).isIntact)  // re-chained without a key
        let report = JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[5])
        #expect(report.firstError == nil && report.expectedCodeMissing)
        #expect(JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[4]).isIntact)
    }

    @Test func bogusCodeIsNotFound() throws {
        let (bytes, _) = try journal()
        let bogus = try #require(VerificationCode(parsing: "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
        let report = JournalVerifier.verify(bytes: bytes, expectedCode: bogus)
        #expect(!report.isIntact && !report.expectedCodeMatched && report.expectedCodeMissing)
    }

    @Test func codeOfATornFinalLineIsNotFound() throws {
        let (bytes, codes) = try journal()
        let report = JournalVerifier.verify(bytes: Array(bytes.dropLast()), expectedCode: codes[5])
        #expect(report.firstError == nil && report.expectedCodeMissing)
        #expect(report.tornFinalLineBytes != nil)
    }

    @Test func errorBeforeTheCodeLineFailsEvenIfTheCodeIsFoundLater() throws {
        let (bytes, codes) = try journal()
        var lines = JournalLines(bytes)
        lines.lines[1] = lines.lines[1].replacingOccurrences(of: "step-1", with: "step-0")
        let report = JournalVerifier.verify(bytes: lines.bytes, expectedCode: codes[5])
        #expect(report.firstError == VerificationFailure(line: 2, problem: .hashMismatch))
    }

    @Test func aCodeTypedInLowerCaseWithoutDashesOrWithCrockfordsAliasesMatches() throws {
        let (bytes, codes) = try journal()
        let printed = codes[5].description
        let typed = [
            printed.lowercased(), printed.replacingOccurrences(of: "-", with: ""),
            printed.replacingOccurrences(of: "0", with: "O").replacingOccurrences(
                of: "1", with: "l"),
        ]
        for text in typed {
            let code = try #require(VerificationCode(parsing: text), "\(text)")
            #expect(
                JournalVerifier.verify(bytes: bytes, expectedCode: code).expectedCodeLine == 6,
                "\(text)")
        }
    }

    @Test func aMistypedCharacterReadsAsNoLineHasThisCodeNotAsABadLine() throws {
        let (bytes, codes) = try journal()
        var characters = Array(codes[5].description)
        characters[0] = characters[0] == "Z" ? "Y" : "Z"
        let mistyped = try #require(VerificationCode(parsing: String(characters)))
        let report = JournalVerifier.verify(bytes: bytes, expectedCode: mistyped)
        #expect(report.firstError == nil && report.linesVerified == 6)
        let verdict = VerificationVerdict(report)
        #expect(verdict.firstUnprovenLine == nil && verdict.level == .failed)
        #expect(
            verdict.headline(.english).contains(
                "no line has this code (\(mistyped)) — check it was copied correctly, or the end was cut"
            ))
        #expect(verdict.headline(.english).contains("chain intact (lines 1-6)"))
    }
}
