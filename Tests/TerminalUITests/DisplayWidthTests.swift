import TerminalUI
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.of("Incident Response") == 17)
        #expect(DisplayWidth.of(Unicode.Scalar("~")) == 1)
    }

    @Test func japaneseAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.of("初動対応") == 8)
        #expect(DisplayWidth.of("ランサムウェア") == 14)
        #expect(DisplayWidth.of("：") == 2)
        #expect(DisplayWidth.of("ＬＡＮ") == 6)
        #expect(DisplayWidth.of("\u{3000}") == 2)
    }

    @Test func halfwidthKatakanaIsOneColumn() {
        #expect(DisplayWidth.of("ｱｲｳ") == 3)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("か\u{3099}") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
    }

    @Test func controlsTakeNoColumnAndAreFlagged() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x07)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x9B)!) == 0)
        #expect(DisplayWidth.isControl(Unicode.Scalar(0x1B)!))
        #expect(!DisplayWidth.isControl(Unicode.Scalar("a")))
    }

    @Test func ambiguousCharactersAreOneColumnAsInGlibc() {
        #expect(DisplayWidth.of("→○■※") == 4)
    }

    @Test func glibcCompatOverrides() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0600)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x3248)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x4DC0)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x00AD)!) == 1)
    }

    @Test func hangulJamoVowelsJoinTheSyllable() {
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(TextTruncation.truncate("初動対応チェック", toWidth: 7) == "初動..")
        #expect(TextTruncation.truncate("初動対応", toWidth: 8) == "初動対応")
        #expect(TextTruncation.truncate("abcdef", toWidth: 1) == "a")
        #expect(TextTruncation.prefix(of: "あいう", fittingIn: 5) == "あい")
    }
}
