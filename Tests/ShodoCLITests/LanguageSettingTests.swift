import Localization
import Testing

@testable import shodo

/// Where the language comes from: `--lang`, else the config, else `LANG` by the fallback rule.
@Suite struct LanguageSettingTests {
    @Test func aWrittenChoiceIsExactlyJaOrEn() {
        #expect(Language(code: "ja") == .japanese)
        #expect(Language(code: "en") == .english)
        for wrong in ["JA", "ja_JP", "fr", "", " en"] {
            #expect(Language(code: wrong) == nil, "\(wrong)")
        }
    }

    @Test func theLocaleFallsBackToEnglishUnlessItIsJapanese() {
        #expect(Language(readingCode: "ja_JP.UTF-8") == .japanese)
        #expect(Language(readingCode: "ja") == .japanese)
        for other in ["C.UTF-8", "en_US.UTF-8", "fr_FR", "", nil] as [String?] {
            #expect(Language(readingCode: other) == .english, "\(other ?? "nil")")
        }
    }

    @Test func theOptionWinsOverLANG() throws {
        let environment = [
            "LANG": "ja_JP.UTF-8", "HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent",
        ]
        #expect(
            try Settings.resolve(GlobalOptionValues(), environment: environment).language
                == .japanese)
        #expect(
            try Settings.resolve(GlobalOptionValues(language: .english), environment: environment)
                .language == .english)
        #expect(
            try Settings.resolve(GlobalOptionValues(), environment: ["HOME": "/nonexistent"])
                .language == .english)
    }
}
