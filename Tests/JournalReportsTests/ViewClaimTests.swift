import ActionJournal
import Foundation
import JournalReports
import Localization
import ShodoTestSupport
import Testing

/// docs/journal.md "What a view may claim": over the five tamper cases, sealed and not,
/// with and without the code and the key, no output's verdict says intact for what was
/// not checked.
@Suite("What every output may claim")
struct ViewClaimTests {
    /// The outputs: the review pack and every export format.
    enum Output: CaseIterable, CustomStringConvertible {
        case reviewMarkdown, reviewHTML
        case export(ExportFormat)

        static var allCases: [Output] {
            [.reviewMarkdown, .reviewHTML] + ExportFormat.allCases.map(Output.export)
        }

        var description: String {
            switch self {
            case .reviewMarkdown: "review md"
            case .reviewHTML: "review html"
            case .export(let format): "export \(format.rawValue)"
            }
        }

        func text(_ sources: [JournalSource], language: Language = .english) throws -> String {
            let output = ReportOutput.inMemory()
            let options = ExportOptions(language: language, generatedAt: "test")
            switch self {
            case .reviewMarkdown:
                try ReviewReport(sources: sources).write(.markdown, options: options, to: output)
            case .reviewHTML:
                try ReviewReport(sources: sources).write(.html, options: options, to: output)
            case .export(let format):
                _ = try TimelineExport.write(sources, format: format, options: options, to: output)
            }
            return String(decoding: output.bytes, as: UTF8.self)
        }
    }

    static let cases: [(TamperedJournal.Tamper, Bool)] = TamperedJournal.Tamper.allCases.flatMap {
        [($0, false), ($0, true)]
    }

    @Test("The verdict of every output says only what was checked", arguments: cases)
    func everyOutput(tamper: TamperedJournal.Tamper, sealed: Bool) throws {
        let directory = TemporaryDirectory("claims")
        defer { directory.remove() }
        let journal = try TamperedJournal(tamper, sealed: sealed, in: directory)
        for (expect, key) in [(false, false), (true, false), (false, true), (true, true)] {
            let source = try JournalSource(
                path: journal.path, index: 0, expectedCode: expect ? journal.code : nil,
                key: key ? journal.key ?? TamperedJournal.otherKey() : nil)
            let claim = TamperedJournal.Claim(tamper, sealed: sealed, expect: expect, key: key)
            for output in Output.allCases {
                let text = try output.text([source])
                let label =
                    "\(output), \(tamper), \(sealed ? "sealed" : "unsealed"), expect \(expect), key \(key)"
                for words in claim.mustSay {
                    #expect(text.contains(words), "\(label): says \"\(words)\"")
                }
                for words in claim.mustNotSay {
                    #expect(!text.contains(words), "\(label): never says \"\(words)\"")
                }
            }
        }
    }

    @Test("The Japanese pack says the end was not checked, never 改ざん・欠落は見つかりませんでした")
    func japanesePack() throws {
        let directory = TemporaryDirectory("claims")
        defer { directory.remove() }
        let journal = try TamperedJournal(.cutEnd, sealed: true, in: directory)
        let source = try JournalSource(path: journal.path, index: 0)
        let text = try Output.reviewHTML.text([source], language: .japanese)
        #expect(text.contains("連鎖は改ざんなし（1〜7行目）。末尾は未確認（検証コードの指定なし）。封印あり・未確認（鍵の指定なし）。"))
        #expect(!text.contains("見つかりませんでした"))
        #expect(
            text.contains("<p class=\"caution\">⚠ 連鎖は改ざんなし"), "not green: the end was not proven")
        let withCode = try JournalSource(
            path: journal.path, index: 0, expectedCode: journal.code, key: journal.key)
        let cut = try Output.reviewHTML.text([withCode], language: .japanese)
        #expect(cut.contains("この検証コード（\(journal.code)）に一致する行はありません"))
    }

    @Test("Green only when the code proves the end")
    func provenLevel() throws {
        let directory = TemporaryDirectory("claims")
        defer { directory.remove() }
        let journal = try TamperedJournal(.cutEnd, sealed: false, in: directory)
        let source = try JournalSource(path: journal.path, index: 0)
        let lastCode = try #require(source.verification.verificationCode)
        let proven = try JournalSource(path: journal.path, index: 0, expectedCode: lastCode)
        #expect(proven.verdict.level == .proven)
        #expect(
            proven.verdict.headline(.english).contains(
                "end checked — the verification code matches the last line (6)"))
        #expect(source.verdict.level == .partlyChecked)
    }

    @Test("Rows from the first bad line on are marked unproven in every row export")
    func unprovenRows() throws {
        let directory = TemporaryDirectory("claims")
        defer { directory.remove() }
        let journal = try TamperedJournal(.edit, sealed: false, in: directory)
        let source = try JournalSource(path: journal.path, index: 0)
        let csv = try ExportHelpers.csvRecords(try Output.export(.csv).text([source]))
        let rows = csv.rows.filter { $0["kind"] != "journal.verdict" }
        #expect(rows.count == 9)
        for row in rows {
            let seq = Int(row["seq"] ?? "") ?? -1
            let verdict = row["journal_verdict"] ?? ""
            #expect(verdict.hasPrefix("UNPROVEN") == (seq >= 4), "seq \(seq): \(verdict)")
        }
        let timesketch = try Output.export(.timesketch).text([source])
        #expect(timesketch.components(separatedBy: "[UNPROVEN] ").count - 1 == 5)
        let markdown = try Output.export(.markdown).text([source])
        #expect(markdown.components(separatedBy: "⚠ UNPROVEN").count - 1 == 5)
        let text = try Output.export(.text).text([source])
        #expect(text.contains("   !4  "))
    }

    @Test("Unproven rows are left out of values and durations")
    func unprovenRowsLeftOut() throws {
        let directory = TemporaryDirectory("claims")
        defer { directory.remove() }
        let journal = try TamperedJournal(.edit, sealed: false, in: directory)
        let analysis = try ReviewAnalysis.analyse([try JournalSource(path: journal.path, index: 0)])
        #expect(analysis.values.map(\.value) == ["PC-1", "PC-2", "PC-3"])
        #expect(analysis.unprovenRecordCount == 5)
        #expect(analysis.durations.lastRecord?.seq == 3)
    }
}
