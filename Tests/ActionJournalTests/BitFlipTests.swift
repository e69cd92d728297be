import ActionJournal
import Testing

/// Every single-bit change of a small journal is detected (systemd's "bit fiddling" test).
///
/// What "detected" means: a flip anywhere before the last line makes verification fail.
/// A flip inside the last line or its newline can instead turn that line into a torn
/// final line (a lost newline, or a byte that became NUL): that is reported only as a
/// warning, because a crash produces exactly the same bytes. Such a flip is still
/// detected, because the verification code of the last complete line changes, and with
/// `--expect` of the original code verification fails. So the test requires, for every
/// flip: verifying with the original code as expected fails; and when it fails only
/// because the code is missing, verifying without it warns of a torn final line and
/// shows a different code. (Verification adds the missing-code error only when every
/// line verified, so a flip that breaks a line fails with or without the code.)
struct BitFlipTests {
    @Test func everySingleBitFlipIsDetected() throws {
        let fixture = try JournalFixture()
        defer { fixture.remove() }
        let original = try fixture.bytes(records: 8)
        let clean = JournalVerifier.verify(bytes: original)
        #expect(clean.isIntact && clean.linesVerified == 8 && clean.warnings.isEmpty)
        let originalCode = try #require(clean.verificationCode)
        let lastLineStart = try #require(original.dropLast().lastIndex(of: 0x0A)) + 1

        var undetected: [(byte: Int, bit: Int)] = []
        var tornOnly = 0
        var mutated = original
        for byteIndex in original.indices {
            for bit in 0..<8 {
                mutated[byteIndex] = original[byteIndex] ^ (1 << bit)
                defer { mutated[byteIndex] = original[byteIndex] }
                let withCode = JournalVerifier.verify(bytes: mutated, expectedCode: originalCode)
                guard withCode.expectedCodeMissing else {
                    // Failed on a line of its own (or, wrongly, passed): no need to look further.
                    if withCode.isIntact { undetected.append((byteIndex, bit)) }
                    continue
                }
                // Every line verified, only the code is missing: the flip must have torn the last line.
                let withoutCode = JournalVerifier.verify(bytes: mutated)
                let tornWithNewCode =
                    byteIndex >= lastLineStart && withoutCode.tornFinalLineBytes != nil
                    && withoutCode.verificationCode != originalCode
                if !(withoutCode.isIntact && tornWithNewCode) {
                    undetected.append((byteIndex, bit))
                }
                tornOnly += 1
            }
        }
        #expect(undetected.isEmpty, "undetected flips (byte, bit): \(undetected.prefix(20))")
        #expect(tornOnly > 0, "the newline of the last line must show up as a torn-tail case")
    }
}
