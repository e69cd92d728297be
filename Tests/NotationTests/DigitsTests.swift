import Notation
import Testing

@Suite("Zero-padded and hexadecimal digits")
struct DigitsTests {
    @Test func decimalDigitsPadToTheCountAndKeepLongerNumbersWhole() {
        #expect(DecimalDigits.padded(7, count: 2) == "07")
        #expect(DecimalDigits.padded(2026, count: 2) == "2026")
        #expect(DecimalDigits.padded(-5, count: 2) == "-05")
        #expect(DecimalDigits.padded(Int64(42), count: 6) == "000042")
        var bytes: [UInt8] = []
        DecimalDigits.append(9, count: 4, to: &bytes)
        DecimalDigits.append(123_456, count: 2, to: &bytes)
        DecimalDigits.append(-3, count: 2, to: &bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self) == "000912345600",
            "bytes: a negative value counts as 0")
        var text = "T"
        DecimalDigits.append(5, count: 3, to: &text)
        #expect(text == "T005")
    }

    @Test func hexDigitsAreLowercaseAndReadBack() {
        let bytes: [UInt8] = [0x00, 0x0F, 0xA5, 0xFF]
        #expect(HexDigits.string(bytes) == "000fa5ff")
        #expect(HexDigits.bytes(fromLowercaseHex: "000fa5ff") == bytes)
        #expect(HexDigits.string(UInt64(0xcbf2_9ce4_8422_2325)) == "cbf29ce484222325")
        #expect(HexDigits.string(UInt64(0x1F)) == "000000000000001f", "always sixteen digits")
        #expect(HexDigits.value(of: UInt8(ascii: "B")) == nil)
        #expect(HexDigits.value(of: UInt8(ascii: "B"), allowingUppercase: true) == 11)
        let line = Array("xx0fa5".utf8)
        line.withUnsafeBytes { text in
            #expect(HexDigits.isLowercaseHex(text, 2..<6))
            #expect(!HexDigits.isLowercaseHex(text, 0..<4))
            [UInt8]([0x0F, 0xA5]).withUnsafeBytes { #expect(HexDigits.matches(text, from: 2, $0)) }
            [UInt8]([0x0F, 0xA6]).withUnsafeBytes { #expect(!HexDigits.matches(text, from: 2, $0)) }
        }
    }
}

@Suite("JSON string literals")
struct JSONStringTests {
    @Test func onlyWhatJSONRequiresIsEscapedAndJapaneseStaysUTF8() {
        let hostile = "看護師 \"A\" \\ tab\t line\n cr\r bell\u{07} nul\u{00} del\u{7F}"
        let expected = #""看護師 \"A\" \\ tab\t line\n cr\r bell\u0007 nul\u0000 del\#u{7F}""#
        #expect(JSONString.quoted(hostile) == expected)
        var bytes: [UInt8] = []
        JSONString.append(hostile, to: &bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self) == expected,
            "the journal and the exports escape alike")
        #expect(JSONString.quoted("plain") == "\"plain\"")
        #expect(JSONString.quoted("\u{08}\u{0C}\u{1F}") == #""\b\f\u001f""#)
    }
}
