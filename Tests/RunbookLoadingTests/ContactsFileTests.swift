import RunbookLoading
import RunbookModel
import Testing

@Suite("Contacts files")
struct ContactsFileTests {
    @Test func contactsLoadWithEveryKey() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(
            "hospital-contacts.yaml",
            """
            format: 1
            contacts:
              - id: it-oncall
                name: {ja: 情報システム担当（当番）, en: IT on-call}
                phones: ["内線 1234", "090-0000-0000"]
                hours: 24/365
                notes: 夜間は携帯へ
                last_verified: 2025-04-01
                tier: primary
              - id: jnsa-responders
                name: {ja: JNSA サイバーインシデント緊急対応企業, en: JNSA incident response companies}
                url: https://www.jnsa.org/emergency_response/
                prior_contract_required: false
                x-source: JNSA
            """)
        let result = RunbookLoader().load(directories: [], contactsFiles: [path])
        #expect(result.diagnostics == [])
        #expect(
            result.library.contacts == [
                Contact(
                    id: "it-oncall",
                    name: LocalizedText(["ja": "情報システム担当（当番）", "en": "IT on-call"]),
                    phones: ["内線 1234", "090-0000-0000"], hours: "24/365",
                    notes: LocalizedText("夜間は携帯へ", language: "ja"), lastVerified: "2025-04-01",
                    tier: "primary"),
                Contact(
                    id: "jnsa-responders",
                    name: LocalizedText([
                        "ja": "JNSA サイバーインシデント緊急対応企業", "en": "JNSA incident response companies",
                    ]),
                    url: "https://www.jnsa.org/emergency_response/", priorContractRequired: false),
            ])
    }

    @Test func contactKeysAreChecked() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(
            "contacts.yaml",
            """
            format: 1
            contacts:
              - id: it-oncall
                phone: "内線 1234"
                last_verified: 2025-02-30
                prior_contract_required: sometimes
            """)
        let result = RunbookLoader().load(directories: [], contactsFiles: [path])
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(3, 5, .missingKey("name")),
                Found(4, 5, .unknownKey("phone", suggestion: "phones")),
                Found(5, 20, .invalidDate("2025-02-30")),
                Found(
                    6, 30,
                    .wrongType(
                        key: "prior_contract_required", expected: .boolean, found: "'sometimes'")),
            ])
        #expect(result.library.contacts.isEmpty)
    }

    @Test func contactIDsMustBeUniqueAcrossFiles() throws {
        let workspace = try TestWorkspace()
        let contacts = """
            format: 1
            contacts:
              - id: it-oncall
                name: 当番
            """
        let first = try workspace.write("a-contacts.yaml", contacts)
        let second = try workspace.write("b-contacts.yaml", contacts)
        let result = RunbookLoader().load(directories: [], contactsFiles: [first, second])
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(3, 9, .duplicateContactID("it-oncall", firstFile: first))
            ])
        #expect(result.diagnostics.first?.file == second)
        #expect(result.library.contacts.count == 1)
    }

    @Test func aFileGivenAsContactsMustBeOne() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("contacts.yaml", "format: 1\npeople: []\n")
        let result = RunbookLoader().load(directories: [], contactsFiles: [path])
        #expect(result.diagnostics.map(Found.init) == [Found(1, 1, .notAContactsFile)])
    }

    @Test func aScenarioFileIsReadAsAScenarioNotAsARunbook() throws {
        let workspace = try TestWorkspace()
        try workspace.write("drill.yaml", "scenario: [not, an, id]\n")
        let result = workspace.load()
        #expect(result.diagnostics.map(Found.init).first == Found(1, 1, .missingKey("format")))
        #expect(
            result.diagnostics.map(\.message).contains(
                .wrongType(key: "scenario", expected: .string, found: "a list")))
        #expect(result.library.runbooks.isEmpty && result.library.scenarios.isEmpty)
        #expect(result.checkedFileCount == 1)
    }
}
