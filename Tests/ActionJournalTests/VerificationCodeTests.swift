import ActionJournal
import Testing

/// The verification code: bit order, alphabet, grouping, and reading what people type.
struct VerificationCodeTests {
    /// Bytes whose first 100 bits are the 5-bit symbols 1, 2, … 20 (computed by hand).
    private let countingHash: [UInt8] =
        [0x08, 0x86, 0x42, 0x98, 0xE8, 0x4A, 0x96, 0xC6, 0xB9, 0xF0, 0x8C, 0xA7, 0x40]
        + [UInt8](repeating: 0, count: 19)

    @Test func takesTheFirst100BitsMostSignificantFirst() {
        #expect(
            VerificationCode(recordHash: countingHash).description == "1234-5678-9ABC-DEFG-HJKM")
        #expect(
            VerificationCode(recordHash: [UInt8](repeating: 0, count: 32)).description
                == "0000-0000-0000-0000-0000")
        #expect(
            VerificationCode(recordHash: [UInt8](repeating: 0xFF, count: 32)).description
                == "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    }

    @Test func bitsAfterTheFirst100DoNotChangeTheCode() {
        var changed = countingHash
        changed[12] ^= 0x0F  // bits 100–103
        changed[31] = 0xAA
        #expect(VerificationCode(recordHash: changed) == VerificationCode(recordHash: countingHash))
        changed[12] ^= 0x10  // bit 99
        #expect(VerificationCode(recordHash: changed) != VerificationCode(recordHash: countingHash))
    }

    @Test func parsingAcceptsWhatAPersonTypes() {
        let code = VerificationCode(recordHash: countingHash)
        #expect(VerificationCode(parsing: "1234-5678-9ABC-DEFG-HJKM") == code)
        #expect(VerificationCode(parsing: "  i234 5678 9abc defg hjkm ") == code)
        #expect(VerificationCode(parsing: "L2345678-9ABCDEFGHJKM") == code)
        #expect(
            VerificationCode(parsing: "OOOO-0000-oooo-0000-0000")
                == VerificationCode(recordHash: [UInt8](repeating: 0, count: 32)))
    }

    @Test func parsingRefusesWrongLengthsAndLettersOutsideTheAlphabet() {
        #expect(VerificationCode(parsing: "1234-5678-9ABC-DEFG-HJK") == nil)
        #expect(VerificationCode(parsing: "1234-5678-9ABC-DEFG-HJKMN") == nil)
        #expect(VerificationCode(parsing: "1234-5678-9ABC-DEFG-HJKU") == nil)
        #expect(VerificationCode(parsing: "") == nil)
    }
}
