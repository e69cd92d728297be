import TerminalSafety
import Testing

@Suite("Text made safe for a terminal")
struct TerminalSafeTextTests {
    @Test func controlsDeleteC1AndBidiControlsAreShownAsTheirCodePoints() {
        #expect(TerminalSafeText.make("a\u{1B}[2Jb") == "a<U+001B>[2Jb")
        #expect(
            TerminalSafeText.make("\u{0}\u{7}\r\u{7F}\u{80}\u{9B}\u{9F}")
                == "<U+0000><U+0007><U+000D><U+007F><U+0080><U+009B><U+009F>")
        #expect(
            TerminalSafeText.make("\u{202A}\u{202E}\u{2066}\u{2069}")
                == "<U+202A><U+202E><U+2066><U+2069>")
    }

    @Test func tabsLineBreaksAndOrdinaryTextAreKept() {
        let text = "端末 HIS-51\tは\n有線です。é → \u{A0}\u{2028}\u{200B}"
        #expect(TerminalSafeText.make(text) == text)
        #expect(TerminalSafeText.make("a\nb", lineBreaks: .shown) == "a<U+000A>b")
        #expect(TerminalSafeText.make("a\tb", lineBreaks: .shown) == "a\tb")
    }

    @Test func everyScalarIsEitherKeptOrMadeVisible() {
        for value in UInt32(0)...0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let safe = TerminalSafeText.make(String(scalar))
            if TerminalSafeText.isUnsafe(scalar) {
                #expect(
                    safe.unicodeScalars.allSatisfy {
                        $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F
                    })
            } else {
                #expect(safe == String(scalar))
            }
        }
    }
}
