import Foundation
import ShodoTestSupport
import Testing

@Suite("shodo validate, list: the real binary")
struct ValidateCommandLineTests {
    @Test func runbooksWrittenFromTheSpecAloneAreValid() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let result = try cli.run(["validate"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("0 errors, 0 warnings"))
    }

    @Test func everyPlantedMistakeIsReportedAtItsLineAndColumn() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let file = ShodoCommandLine.fixtures + "/broken/planted.yaml"
        let result = try cli.run(["validate", file])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        let expected = [
            "\(file):8:5: error: unknown key 'titel'",
            "\(file):11:11: error: unknown step kind 'choise'",
            "\(file):17:7: error: a choice needs at least 2 options",
            "\(file):17:53: error: option `next` names step 'nowhere'",
            "\(file):21:11: error: unknown input type 'colour'",
            "\(file):24:17: error: {{missing}} is not the `field` of any input step",
            "\(file):26:12: error: this text has no 'en' translation",
        ]
        for prefix in expected {
            #expect(
                lines.contains { $0.hasPrefix(prefix) }, "missing: \(prefix)\nin:\n\(result.output)"
            )
        }
        #expect(lines.allSatisfy { $0.hasPrefix(file + ":") })
    }

    @Test func aHospitalsCopyOfTheContactsTemplateTakesTheTemplatesPlace() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let template = try String(
            contentsOfFile: ShodoCommandLine.fixtures + "/home/assets/contacts.example.yaml",
            encoding: .utf8)
        let copy = cli.home.write("mycontacts.yaml", template)
        let result = try cli.run(["validate", copy])
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("already defined"))
        #expect(result.errors.contains("1 files checked: 0 errors"))
    }

    @Test func aContactsFileMissingAnIdSaysTheRunbooksAreStillUsable() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let contacts = cli.home.write(
            "contacts.yaml",
            "format: 1\ncontacts:\n  - {id: oncall, name: {ja: IT 当番, en: IT on-call}, phones: [\"内線 1234\"]}\n"
        )
        let result = try cli.run(["list", "--contacts", contacts])
        #expect(result.status == 0)
        #expect(result.errors.contains("no loaded contacts file has a contact with id 'responder'"))
        #expect(result.errors.contains("every runbook is usable"))
        #expect(!result.errors.contains("left out"), "nothing was left out: \(result.errors)")
        #expect(result.output.contains("full-tour"))

        try FileManager.default.createDirectory(
            atPath: cli.home.file("runbooks"), withIntermediateDirectories: true)
        let broken = cli.home.write(
            "runbooks/broken.yaml", "format: 1\nid: broken\nversion: 1\ntitle: 壊れた\nsteps: []\n")
        let withBroken = try cli.run([
            "list", "--contacts", contacts, "--runbooks", cli.home.file("runbooks"),
        ])
        #expect(
            withBroken.errors.contains(
                "these runbooks were left out because of the errors above: \(broken)"))
    }

    @Test func brokenYAMLReportsTheLineWhereItBreaks() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let file = cli.home.write(
            "broken.yaml", "format: 1\nid: x\nsteps:\n  - id: a\n    title: [unclosed\n")
        let result = try cli.run(["validate", file])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(file):"))
        let line = result.output.split(separator: ":").dropFirst().first.flatMap { Int($0) }
        #expect(line.map { $0 >= 5 } == true, "the break is at or after line 5: \(result.output)")
    }

    @Test func listShowsEveryLoadedRunbookAsJSON() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let result = try cli.run(["list", "--json", "--lang", "ja"])
        #expect(result.status == 0)
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == ["full-tour", "shared-isolation"])
        #expect(entries.first?["title"] as? String == "全種類の手順")
        #expect(entries.first?["steps"] as? Int == 10)
        #expect(entries.first?["version"] as? Int == 2)
        #expect(entries.first?["severity"] as? String == "high")
    }

    @Test func aBadConfigFileIsReportedWithItsPosition() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let config = cli.home.write("config.yaml", "hospital_name: 市民病院\nlangauge: ja\n")
        let result = try cli.run(["list", "--config", config])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(config):2:1: error:"))
    }

    @Test func theConfigFileSetsLanguageAndJournalDirectory() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let journals = cli.home.file("from-config")
        try FileManager.default.createDirectory(
            atPath: cli.home.file("config/shodo"), withIntermediateDirectories: true)
        cli.home.write(
            "config/shodo/config.yaml", "hospital_name: 市民病院\nlang: ja\njournal_dir: \(journals)\n")
        let run = try cli.run(["run", "full-tour", "--headless", "--operator", "a"], input: "")
        #expect(run.status == 3)
        #expect(run.output.contains("[1/10] 最初に読む"))
        #expect(FileManager.default.fileExists(atPath: journals))
    }
}

@Suite("shodo validate, list: the contacts warning for the IT lead")
struct ContactsWarningCommandLineTests {
    @Test func theBundledTemplateIsNamedOnceOnStandardError() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        for arguments in [["validate"], ["list"], ["list", "--json"]] {
            let result = try cli.run(arguments + ["--lang", "en"])
            #expect(result.status == 0)
            let warnings = result.errors.split(separator: "\n").filter {
                $0.hasPrefix("For the IT lead:")
            }
            #expect(
                warnings == [
                    "For the IT lead: The contacts are still the bundled template. See docs/installing.md."
                ])
            #expect(!result.output.contains("For the IT lead"))
        }
    }

    /// A hospital contacts file whose `oncall` has `phone`.
    private func contacts(_ cli: ShodoCommandLine, _ name: String, oncallPhone phone: String)
        -> String
    {
        cli.home.write(
            name,
            """
            format: 1
            contacts:
              - id: oncall
                name: {ja: IT 当番, en: IT on-call}
                phones: ["\(phone)"]
              - id: responder
                name: {ja: 外部の対応会社, en: Outside responder}
                phones: ["03-1234-5678"]

            """)
    }

    @Test func aHospitalFileWithBlanksNamesTheirIDsAndAFilledOneIsQuiet() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let blanks = contacts(cli, "blanks.yaml", oncallPhone: "内線 ____ (要記入 / fill in)")
        let result = try cli.run(["validate", "--contacts", blanks, "--lang", "ja"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.errors.contains("情報システム担当へ: 連絡先ファイルに未記入の番号があります（番号が空欄: oncall）。"))
        let quiet = try cli.run([
            "list", "--contacts", contacts(cli, "filled.yaml", oncallPhone: "内線 1234"),
        ])
        #expect(quiet.status == 0)
        #expect(quiet.errors.isEmpty, "\(quiet.errors)")
    }
}
