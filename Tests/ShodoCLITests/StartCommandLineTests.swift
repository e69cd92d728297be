import Foundation
import ShodoTestSupport
import Testing

/// `shodo` without a subcommand (the quick start path) and the library cache, the real binary.
@Suite("shodo start and library cache, the real binary")
struct StartCommandLineTests {
    @Test func withoutATerminalThePlainStartListsTheRunbooksToStart() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let start = try cli.run(["--lang", "en"])
        #expect(start.status == 0, "stderr: \(start.errors)")
        #expect(start.output.hasPrefix("What happened?\n"))
        #expect(start.output.contains("  shodo run full-tour"))
        let japanese = try cli.run(["--lang=ja"])
        #expect(japanese.output.hasPrefix("何が起きましたか？\n"))
    }

    @Test func theVersionPrintedIsTheVersionEveryJournalRecords() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let printed = try cli.run(["--version"])
        #expect(printed.status == 0, "stderr: \(printed.errors)")
        let version = printed.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!version.isEmpty)
        let run = try cli.headless("full-tour", ["pause"])
        #expect(run.errors.isEmpty, "stderr: \(run.errors)")
        let opening = try #require(try cli.lines(of: try cli.journal()).first)
        #expect(
            opening.contains("\"program\":{\"name\":\"shodo\",\"version\":\"\(version)\"}"),
            "\(opening)")
    }

    @Test func thePlainStartReportsBadUsageExactlyAsArgumentParserDoes() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        // Read without ArgumentParser, failing in the run: the same words and status as a subcommand's.
        let quick = try cli.run(["--config", cli.home.file("missing.yaml")])
        let parsed = try cli.run(["list", "--config", cli.home.file("missing.yaml")])
        #expect(quick.status == 2 && parsed.status == 2)
        #expect(
            quick.errors.contains("--config: no such file: \(cli.home.file("missing.yaml"))"),
            "\(quick.errors)")
        // Left to ArgumentParser: its own message.
        let typo = try cli.run(["--lnag", "en"])
        #expect(typo.status == 2)
        #expect(typo.errors.contains("--lnag"), "\(typo.errors)")
        let french = try cli.run(["--lang", "fr"])
        #expect(french.status == 2)
        #expect(
            french.errors.contains("unknown language 'fr'; Shodo speaks ja or en"),
            "\(french.errors)")
    }

    @Test func theSecondStartComesFromTheLibraryCacheAndSaysTheSame() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let cacheDirectory = cli.home.path + "/.cache/shodo"
        let first = try cli.run(["list"])
        #expect(first.status == 0, "stderr: \(first.errors)")
        // One file per executable, so that two builds never overwrite each other's.
        let names = try FileManager.default.contentsOfDirectory(atPath: cacheDirectory)
        try #require(names.count == 1)
        #expect(names[0].hasPrefix("library-") && names[0].hasSuffix(".cache"))
        let cacheFile = cacheDirectory + "/" + names[0]
        let written =
            try FileManager.default.attributesOfItem(atPath: cacheFile)[.modificationDate] as? Date
        let second = try cli.run(["list"])
        #expect(second.output == first.output && second.errors == first.errors)
        let kept =
            try FileManager.default.attributesOfItem(atPath: cacheFile)[.modificationDate] as? Date
        #expect(kept == written, "a hit leaves the cache file alone")
        #expect(try cli.run(["list", "--lang", "ja"]).output.contains("全種類の手順"))
    }
}
