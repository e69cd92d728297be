import ArgumentParser
import Testing

@testable import shodo

/// The plain start reads its arguments without ArgumentParser; every list it
/// takes must mean exactly what ArgumentParser makes of it, and everything
/// else must be left to ArgumentParser.
@Suite("Quick start arguments")
struct QuickStartArgumentsTests {
    static let taken: [[String]] = [
        [],
        ["--lang", "en"],
        ["--lang=ja"],
        ["--operator", "看護師 A", "--lang", "ja", "--journal-dir", "/tmp/j"],
        ["--operator=夜勤 事務"],
        ["--runbooks", "/a", "--runbooks", "/b", "--runbooks=/c"],
        ["--contacts", "/etc/shodo/contacts.yaml", "--config", "/etc/shodo/config.yaml"],
        ["--journal", "/tmp/j/run.jsonl", "--journal-dir", ""],
        ["--journal-dir", "", "--operator", "A"],
        ["--operator", "a=b"],
        ["--operator=-x", "--lang=en"],
    ]

    static let leftToArgumentParser: [[String]] = [
        ["list"],
        ["run", "rb-01-ransomware-suspected"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--lang", "fr"],
        ["--lang=de"],
        ["--operator", "   "],
        ["--operator", "\u{3000}"],
        ["--operator"],
        ["--operator", "--lang", "en"],
        ["--lang", "en", "--lang", "ja"],
        ["--lnag", "en"],
        ["--", "--lang", "en"],
        ["-x"],
        ["stray"],
        ["--lang", "en", "list"],
        ["--journal-dir=", "--operator", "A"],
    ]

    @Test(arguments: taken)
    func listsItTakesMeanTheSameToArgumentParser(_ arguments: [String]) throws {
        let quick = try #require(QuickStartArguments.parse(arguments))
        let parsed = try #require(try Shodo.parseAsRoot(arguments) as? Shodo)
        #expect(quick == parsed.options.values)
    }

    @Test(arguments: leftToArgumentParser)
    func everythingElseIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(QuickStartArguments.parse(arguments) == nil)
    }

    @Test func blankOperatorNamesAreProblemsTheWayFoundationTrimsThem() {
        for blank in ["", " ", "\t", "\u{3000}", " \u{00A0} "] {
            #expect(
                GlobalOptionValues(operatorName: blank).problem != nil,
                "\(blank.unicodeScalars.map(\.value))")
        }
        #expect(GlobalOptionValues(operatorName: " 看護師A ").problem == nil)
        #expect(GlobalOptionValues(language: "ja").problem == nil)
        // A language is checked where `--lang` is read: "JA" never becomes a value.
        #expect(throws: LanguageOption.Unknown.self) { try LanguageOption.parse("JA") }
        #expect(QuickStartArguments.parse(["--lang", "JA"]) == nil)
    }
}
