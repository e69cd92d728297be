import CNCursesW
import CursesTerminal
import TerminalUI
import Testing

/// ncursesw places cells with glibc's `wcwidth`; our pure table must agree (docs/ncurses.md P13).
@MainActor
@Suite(.serialized)
struct GlibcWidthAgreementTests {
    /// Scalars where glibc 2.36 and the table may differ; kept at 5 or fewer.
    /// Currently empty: the generator's overrides cover every known difference.
    static let documentedMismatches: Set<UInt32> = []

    @Test func wcwidthNeedsTheUTF8Locale() {
        #expect(TerminalLocale.activateUTF8())
        #expect(wcwidth(wchar_t(0x30A2)) == 2)
    }

    @Test func tableAgreesWithGlibcForEveryScalarGlibcKnows() {
        #expect(TerminalLocale.activateUTF8())
        var mismatches: [String] = []
        var compared = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glibc = Int(wcwidth(wchar_t(value)))
            let ours = DisplayWidth.of(scalar)
            if glibc < 0 {
                if DisplayWidth.isControl(scalar) && ours != 0 {
                    mismatches.append("control U+\(String(value, radix: 16))")
                }
                continue
            }
            compared += 1
            if glibc != ours && !Self.documentedMismatches.contains(value) {
                mismatches.append(
                    "U+\(String(value, radix: 16, uppercase: true)) ours=\(ours) glibc=\(glibc)")
            }
        }
        #expect(compared > 140_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(Self.documentedMismatches.count <= 5)
    }
}
