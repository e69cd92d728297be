import RunbookLoading
import Testing

@Suite("Top-level keys of a runbook")
struct TopLevelRuleTests {
    @Test func unknownTopLevelKeyIsReportedAtTheKeyWithSuggestion() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                severty: high
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(5, 1, .unknownKey("severty", suggestion: "severity"))])
    }

    @Test func xPrefixedKeysAreIgnoredEverywhere() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                x-owner: 情報システム課
                title: 見本
                steps:
                  - id: first
                    x-reviewed: 2025-04-01
                    title: 最初
                """)
        #expect(found == [])
    }

    @Test func missingRequiredKeysAreReportedAtTheMapping() throws {
        let found = try problems(
            in: """
                format: 1
                title: 見本
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(1, 1, .missingKey("id")), Found(1, 1, .missingKey("version"))])
    }

    @Test func formatMustBeOne() throws {
        let found = try problems(
            in: """
                format: 2
                id: sample
                version: 1
                title: 見本
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(1, 9, .unsupportedFormat("2"))])
    }

    @Test func runbookIDMustMatchThePattern() throws {
        let found = try problems(
            in: """
                format: 1
                id: Sample_Runbook
                version: 1
                title: 見本
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(2, 5, .invalidIdentifier(key: "id", value: "Sample_Runbook"))])
    }

    @Test func versionMustBeAPositiveInteger() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 0
                title: 見本
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(
            found == [
                Found(3, 10, .wrongType(key: "version", expected: .positiveInteger, found: "'0'"))
            ])
    }

    @Test func langMustBeALanguageCode() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                lang: japanese
                title: 見本
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(4, 7, .invalidLanguageCode("japanese"))])
    }

    @Test func severityMustBeKnown() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                severity: urgent
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(5, 11, .unknownSeverity("urgent"))])
    }

    @Test func rolesAndTagsMustBeListsOfStrings() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                roles: night-shift
                tags: [ransomware, {a: b}]
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(
            found == [
                Found(5, 8, .wrongType(key: "roles", expected: .list, found: "'night-shift'")),
                Found(6, 20, .wrongType(key: "tags[]", expected: .string, found: "a mapping")),
            ])
    }

    @Test func triggersMustBeTexts() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                triggers:
                  - 画面に脅迫文
                  - [not, a, text]
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(
            found == [Found(7, 5, .wrongType(key: "triggers[]", expected: .text, found: "a list"))])
    }

    @Test func estimatedMinutesMustBeAnInteger() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                estimated_minutes: 二十
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(
            found == [
                Found(
                    5, 20,
                    .wrongType(
                        key: "estimated_minutes", expected: .nonNegativeInteger, found: "'二十'"))
            ])
    }

    @Test func referencesNeedTitleAndURLAndNoOtherKeys() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                references:
                  - {title: 厚生労働省ガイドライン, link: "https://example.org"}
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(
            found == [
                Found(6, 5, .missingKey("url")), Found(6, 26, .unknownKey("link", suggestion: nil)),
            ])
    }

    @Test func stepsMustNotBeEmpty() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                steps: []
                """)
        #expect(found == [Found(5, 8, .emptySteps)])
    }

    @Test func topLevelMustBeAMapping() throws {
        let found = try problems(in: "- just\n- a list\n")
        #expect(
            found == [Found(1, 1, .wrongType(key: "runbook", expected: .mapping, found: "a list"))])
    }

    @Test func duplicateRunbookIDsAcrossFilesAreReportedAtTheLaterFile() throws {
        let workspace = try TestWorkspace()
        let runbook = """
            format: 1
            id: sample
            version: 1
            title: 見本
            steps:
              - id: first
                title: 最初
            """
        let first = try workspace.write("a.yaml", runbook)
        let second = try workspace.write("b.yaml", runbook)
        let result = workspace.load()
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(2, 5, .duplicateRunbookID("sample", firstFile: first))
            ])
        #expect(result.diagnostics.first?.file == second)
        #expect(result.library.runbooks.map(\.sourcePath) == [first])
    }

    @Test func referenceURLMustBeAWebAddress() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                references:
                  - {title: 手引き, url: www.example.org}
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(6, 23, .invalidURL("www.example.org"))])
    }
}
