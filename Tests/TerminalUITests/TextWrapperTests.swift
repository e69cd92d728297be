import TerminalUI
import Testing

@Suite struct TextWrapperTests {
    @Test func japaneseBreaksBetweenCharacters() {
        #expect(
            TextWrapper.wrap("ランサムウェア初動対応：無線LANを停止してください", width: 20) == [
                "ランサムウェア初動対", "応：無線LANを停止し", "てください",
            ])
    }

    @Test func closingPunctuationNeverStartsALine() {
        #expect(TextWrapper.wrap("あいうえお。かきく", width: 10) == ["あいうえ", "お。かきく"])
        #expect(TextWrapper.wrap("あいうえ」かき", width: 8) == ["あいう", "え」かき"])
        #expect(TextWrapper.wrap("あいうえ、かき", width: 8) == ["あいう", "え、かき"])
    }

    @Test func openingBracketNeverEndsALine() {
        #expect(TextWrapper.wrap("あいう「えお」", width: 8) == ["あいう", "「えお」"])
        #expect(TextWrapper.wrap("連絡先（内線1234）", width: 8) == ["連絡先", "（内線", "1234）"])
    }

    @Test func smallKanaAndLongVowelMarkNeverStartALine() {
        #expect(TextWrapper.wrap("データベース", width: 4) == ["デー", "タ", "ベー", "ス"])
        #expect(TextWrapper.wrap("ファイルサーバ", width: 6) == ["ファイ", "ルサー", "バ"])
        #expect(TextWrapper.wrap("ちょっとまって", width: 6) == ["ちょっ", "とまっ", "て"])
        #expect(TextWrapper.wrap("(1234)", width: 5) == ["(123", "4)"])
    }

    @Test func englishBreaksAtSpacesAndDropsThem() {
        #expect(
            TextWrapper.wrap("Disconnect the infected PC from the network", width: 20) == [
                "Disconnect the", "infected PC from the", "network",
            ])
    }

    @Test func longWordsAndURLsAreBrokenByWidth() {
        #expect(
            TextWrapper.wrap("see https://example.com/a/very/long/path", width: 10) == [
                "see", "https://ex", "ample.com/", "a/very/lon", "g/path",
            ])
    }

    @Test func mixedJapaneseAndEnglish() {
        #expect(
            TextWrapper.wrap("無線LANを停止してください (Wi-Fi off)", width: 12) == [
                "無線LANを停", "止してくださ", "い (Wi-Fi", "off)",
            ])
    }

    @Test func wideCharacterExactlyAtTheRightEdge() {
        #expect(TextWrapper.wrap("abc漢", width: 5) == ["abc漢"])
        #expect(TextWrapper.wrap("abcd漢", width: 5) == ["abcd", "漢"])
        #expect(TextWrapper.wrap("ab漢字", width: 5) == ["ab漢", "字"])
    }

    @Test func lineBreaksAndBlankLinesAreKept() {
        #expect(TextWrapper.wrap("一行目\n\n二行目\r\n三", width: 20) == ["一行目", "", "二行目", "三"])
        #expect(TextWrapper.wrap("", width: 5) == [""])
    }

    @Test func indentationIsKept() {
        #expect(TextWrapper.wrap("  indented text", width: 20) == ["  indented text"])
        #expect(TextWrapper.wrap("a\tb", width: 20) == ["a b"])
    }

    @Test func widthBelowOneGivesNothing() {
        #expect(TextWrapper.wrap("abc", width: 0).isEmpty)
    }

    @Test func atWidthOneWideCharactersBecomeQuestionMarks() {
        #expect(TextWrapper.wrap("aあ", width: 1) == ["a", "?"])
    }

    @Test func graphemesAreNeverSplit() {
        let text = "e\u{301}e\u{301}e\u{301} か\u{3099}か\u{3099} 👍🏻👍🏻"
        for width in 4...12 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            #expect(Set(lines.joined()).isSubset(of: Set(text)))
        }
    }

    static let samples = [
        "ランサムウェア初動対応：無線LANを停止してください。感染端末の電源は切らずに、ネットワークから隔離します。(Keep the power ON, isolate it.)",
        "情報システム部（内線1234）へ連絡し、発生時刻・画面の表示内容を記録してください。",
        "Disconnect the infected PC from the network (LAN cable and Wi-Fi), but do NOT power it off. https://example.org/very/long/url/with/no/spaces",
        "「ファイルが暗号化されました」という画面が出たら、写真を撮ってください！ちょっと待って、ダメです。",
    ]

    @Test(arguments: 1...60)
    func noLineIsWiderThanTheWidthAndNothingIsLost(width: Int) {
        for sample in Self.samples {
            let lines = TextWrapper.wrap(sample, width: width)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
            guard width >= 2 else { continue }
            let kept = lines.joined().filter { $0 != " " }
            #expect(kept == sample.filter { $0 != " " }, "width \(width)")
            for line in lines.dropFirst() {
                if let first = line.first {
                    #expect(
                        !"、。，．・ー」』）】〉》！？ゃゅょっァィゥェォッャュョ".contains(first) || width < 6,
                        "width \(width): \(line)")
                }
            }
            for line in lines.dropLast() {
                if let last = line.last {
                    #expect(!"「『（【〈《".contains(last) || width < 6, "width \(width): \(line)")
                }
            }
        }
    }

    @Test func aLineThatFitsComesBackWholeWithoutTrailingSpaces() {
        #expect(TextWrapper.wrap("  indented text  ", width: 20) == ["  indented text"])
        #expect(TextWrapper.wrap("あいうえお", width: 10) == ["あいうえお"])
        #expect(TextWrapper.wrap("あいうえお", width: 9) == ["あいうえ", "お"])
        #expect(TextWrapper.wrap("e\u{301}", width: 1) == ["e\u{301}"])
        #expect(TextWrapper.wrap("a\tb", width: 10) == ["a b"])
        #expect(TextWrapper.wrap("   ", width: 5) == [""])
        #expect(TextWrapper.wrap("", width: 5) == [""])
        #expect(TextWrapper.wrap("one\n\ntwo  ", width: 5) == ["one", "", "two"])
    }

    /// Lines that fit take a shortcut; it must agree with the general path. A
    /// tab forces the general path, and a trailing one (a space there, then
    /// trimmed) leaves the expected lines unchanged at one column more.
    @Test func theShortcutForLinesThatFitAgreesWithTheGeneralPath() {
        let pieces = [
            "a", "B", " ", "  ", "停", "止", "。", "「", "e\u{301}", "ｶ", "-", "1234", "LAN", "ー", "ょ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let line = (0..<Int.random(in: 0...12, using: &generator))
                .map { _ in pieces.randomElement(using: &generator) ?? "a" }.joined()
            let width = DisplayWidth.of(line) + Int.random(in: 0...3, using: &generator)
            guard width >= 1 else { continue }
            #expect(
                TextWrapper.wrap(line, width: width)
                    == TextWrapper.wrap(line + "\t", width: width + 1), "\(line)")
        }
    }
}
