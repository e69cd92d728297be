import ActionJournal
import Testing

/// Every single-bit change of a sealed journal is detected when verifying with the key.
///
/// As in `BitFlipTests`, a flip that only tears the last line is reported as a warning
/// (a crash leaves the same bytes) and caught by the verification code. With the key, a
/// flip in any MAC is now an error too: without the key those flips go unnoticed.
struct SealedBitFlipTests {
    @Test func everySingleBitFlipIsDetectedWithTheKey() throws {
        let journal = try SealedJournalFixture()
        defer { journal.remove() }
        let writer = try journal.create()
        try journal.append(1...2, to: writer)
        try writer.seal(actor: "yamada")
        try journal.append(3...3, to: writer)
        try writer.sealFinalEpoch(actor: "yamada")
        writer.close()
        let original = try journal.fixture.contents()
        let key = journal.firstKey
        let clean = JournalVerifier.verify(bytes: original, key: key)
        #expect(
            clean.isIntact && clean.linesVerified == 6 && clean.sealsVerified == 2
                && clean.warnings.isEmpty)
        let originalCode = try #require(clean.verificationCode)
        let lastLineStart = try #require(original.dropLast().lastIndex(of: 0x0A)) + 1

        var undetected: [(byte: Int, bit: Int)] = []
        var macErrors = 0
        var mutated = original
        for byteIndex in original.indices {
            for bit in 0..<8 {
                mutated[byteIndex] = original[byteIndex] ^ (1 << bit)
                defer { mutated[byteIndex] = original[byteIndex] }
                let withCode = JournalVerifier.verify(
                    bytes: mutated, expectedCode: originalCode, key: key)
                switch withCode.firstError?.problem {
                case .macMismatch?, .macFromLaterEpoch?, .wrongKey?:
                    macErrors += 1
                    continue
                case nil:
                    guard withCode.expectedCodeMissing else {
                        undetected.append((byteIndex, bit))
                        continue
                    }
                default:
                    continue
                }
                let withoutCode = JournalVerifier.verify(bytes: mutated, key: key)
                let tornWithNewCode =
                    byteIndex >= lastLineStart && withoutCode.tornFinalLineBytes != nil
                    && withoutCode.verificationCode != originalCode
                if !(withoutCode.isIntact && tornWithNewCode) {
                    undetected.append((byteIndex, bit))
                }
            }
        }
        #expect(undetected.isEmpty, "undetected flips (byte, bit): \(undetected.prefix(20))")
        #expect(macErrors > 0, "flips inside MACs must fail as MAC errors")
    }
}
