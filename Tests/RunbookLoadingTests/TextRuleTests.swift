import RunbookLoading
import RunbookModel
import Testing

@Suite("Texts")
struct TextRuleTests {
    @Test func plainStringIsInTheRunbookLanguageAndMapKeepsEveryLanguage() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "runbook.yaml",
            """
            format: 1
            id: sample
            version: 1
            lang: en
            title: Sample
            steps:
              - id: first
                title: {ja: 無線LANを停止する, en: Turn off Wi-Fi}
            """)
        let result = workspace.load()
        #expect(result.diagnostics == [])
        let runbook = try #require(result.library.runbook("sample"))
        #expect(runbook.title == LocalizedText(["en": "Sample"]))
        #expect(
            runbook.steps.first?.title
                == LocalizedText(["ja": "無線LANを停止する", "en": "Turn off Wi-Fi"]))
    }

    @Test func plainStringDefaultsToJapanese() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "runbook.yaml",
            """
            format: 1
            id: sample
            version: 1
            title: 見本
            steps:
              - id: first
                title: 最初
            """)
        let runbook = try #require(workspace.load().library.runbook("sample"))
        #expect(runbook.title == LocalizedText("見本", language: "ja"))
        #expect(runbook.language == "ja")
    }

    @Test func declaredLanguagesMustBeInEveryTextReportedAtTheValue() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                langs: [ja, en]
                title: {ja: 見本, en: Sample}
                summary: 英訳のない概要
                steps:
                  - id: first
                    title: {ja: 最初, en: First}
                    body: {en: Only English}
                """)
        #expect(
            found == [
                Found(6, 10, .missingTranslation(languages: ["en"])),
                Found(10, 11, .missingTranslation(languages: ["ja"])),
            ])
    }

    @Test func textMustBeAStringOrAMap() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: [見本]
                steps:
                  - id: first
                    title: 最初
                    why: {ja: [理由]}
                """)
        #expect(
            found == [
                Found(4, 8, .wrongType(key: "title", expected: .text, found: "a list")),
                Found(8, 15, .wrongType(key: "why.ja", expected: .string, found: "a list")),
            ])
    }

    @Test func emptyTextIsReported() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: "  "
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(4, 8, .emptyText)])
    }

    @Test func bracesBeforeAPlaceholderAreNotPartOfItsName() throws {
        let found = try problems(
            in: runbookHeader + """
                  - id: host
                    kind: input
                    field: host
                    type: hostname
                    title: 端末名
                  - id: show
                    title: "設定 {{ {{host}} を確認"
                """)
        #expect(found == [])
    }
}
