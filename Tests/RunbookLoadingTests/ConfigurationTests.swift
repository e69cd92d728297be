import RunbookLoading
import RunbookModel
import Testing

@Suite("Configuration file")
struct ConfigurationTests {
    @Test func configurationLoadsWithPathsRelativeToItsDirectory() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(
            "shodo/config.yaml",
            """
            format: 1
            hospital_name: 見本市民病院
            runbook_dirs: [hospital-runbooks, /srv/shodo/runbooks]
            contacts_file: contacts.yaml
            journal_dir: ../journals
            lang: en
            first_principles:
              - {ja: ケーブルを抜く, en: Pull the cable}
              - Call IT
            x-note: kept and ignored
            """)
        let (configuration, diagnostics) = RunbookLoader().loadConfiguration(path: path)
        #expect(diagnostics == [])
        let base = workspace.directory + "/shodo"
        #expect(
            configuration
                == ShodoConfiguration(
                    hospitalName: "見本市民病院",
                    runbookDirectories: [base + "/hospital-runbooks", "/srv/shodo/runbooks"],
                    contactsFile: base + "/contacts.yaml",
                    journalDirectory: base + "/../journals",
                    defaultLanguage: "en",
                    firstPrinciples: [
                        LocalizedText(["ja": "ケーブルを抜く", "en": "Pull the cable"]),
                        LocalizedText("Call IT", language: "en"),
                    ],
                    sourcePath: path))
    }

    @Test func unknownKeysAndBadValuesAreReportedWithPositions() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(
            "config.yaml",
            """
            hospital_name: 見本病院
            runbook_dir: runbooks
            lang: fr
            first_principles: ケーブルを抜く
            """)
        let (configuration, diagnostics) = RunbookLoader().loadConfiguration(path: path)
        #expect(configuration == nil)
        #expect(
            diagnostics.map(Found.init) == [
                Found(2, 1, .unknownKey("runbook_dir", suggestion: "runbook_dirs")),
                Found(3, 7, .unknownConfigurationLanguage("fr")),
                Found(
                    4, 19, .wrongType(key: "first_principles", expected: .list, found: "'ケーブルを抜く'")),
            ])
    }

    @Test func commentOnlyConfigurationIsEmpty() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("config.yaml", "# hospital_name: 見本病院\n")
        let (configuration, diagnostics) = RunbookLoader().loadConfiguration(path: path)
        #expect(diagnostics == [])
        #expect(configuration == ShodoConfiguration(sourcePath: path))
    }

    @Test func missingConfigurationIsReported() {
        let (configuration, diagnostics) = RunbookLoader().loadConfiguration(
            path: "/nonexistent/shodo/config.yaml")
        #expect(configuration == nil)
        #expect(
            diagnostics.map(Found.init) == [Found(1, 1, .unreadableFile(reason: "no such file"))])
    }
}
