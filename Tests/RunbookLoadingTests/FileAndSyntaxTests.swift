import Foundation
import RunbookLoading
import Testing

@Suite("Files and YAML syntax")
struct FileAndSyntaxTests {
    @Test func brokenYAMLIsReportedWhereItBreaks() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                  bad: indentation
                steps:
                  - id: first
                    title: 最初
                """)
        try #require(found.count == 1)
        #expect(found[0].line == 5)
        #expect(found[0].column == 6)
        guard case .yamlSyntax(let problem) = found[0].message else {
            Issue.record("expected a YAML syntax error, got \(found[0])")
            return
        }
        #expect(problem.contains("mapping values are not allowed"))
    }

    @Test func unterminatedQuoteIsReportedAtTheParserProblemMark() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                title: "見本
                version: 1
                """)
        try #require(found.count == 1)
        guard case .yamlSyntax = found[0].message else {
            Issue.record("expected a YAML syntax error, got \(found[0])")
            return
        }
        // libyaml finds the missing quote only at the end of the input, just after `version: 1`.
        #expect(found[0].line == 4)
        #expect(found[0].column == 11)
    }

    /// Found by the `runbook` fuzz target: libyaml puts the end of a file without a
    /// final line break on the line after it, so this was reported at 4:1 of a 3-line file.
    @Test func anErrorAtTheEndOfAFileWithoutAFinalLineBreakIsOnItsLastLine() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                tags: [evidence, 見本
                """)
        try #require(found.count == 1)
        guard case .yamlSyntax = found[0].message else {
            Issue.record("expected a YAML syntax error, got \(found[0])")
            return
        }
        #expect(found[0].line == 3)
        #expect(found[0].column == 20)  // just after the 19 characters of line 3
    }

    @Test func columnsCountJapaneseCharactersNotBytes() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: {ja: 見本の手順書, english: Sample}
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(4, 21, .invalidLanguageCode("english"))])
    }

    @Test func columnsCountCharactersNotUnicodeScalars() throws {
        // "が" written as か + combining voiced mark: two scalars, one character.
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: {ja: "\u{304B}\u{3099}", english: X}
                steps:
                  - id: first
                    title: 最初
                """)
        #expect(found == [Found(4, 18, .invalidLanguageCode("english"))])
    }

    @Test func duplicateKeyIsReportedAtTheLaterOne() throws {
        let found = try problems(
            in: """
                format: 1
                id: sample
                version: 1
                title: 見本
                steps:
                  - id: first
                    title: 最初
                    title: 二度目
                """)
        #expect(found == [Found(8, 5, .duplicateKey("title"))])
    }

    @Test func emptyFileIsReportedAtTheStart() throws {
        let found = try problems(in: "# only a comment\n")
        #expect(found == [Found(1, 1, .emptyFile)])
    }

    @Test func invalidUTF8IsReportedAtTheStart() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(
            "bad.yaml", bytes: Data([0x66, 0x6f, 0x72, 0xff, 0xfe, 0x0a]))
        let result = workspace.load()
        #expect(result.diagnostics.map(Found.init) == [Found(1, 1, .invalidUTF8)])
        #expect(result.diagnostics.first?.file == path)
        #expect(result.hasErrors)
    }

    @Test func missingFileIsReportedAtTheStart() {
        let result = RunbookLoader().load(
            directories: [], files: ["/nonexistent/shodo/runbook.yaml"])
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(1, 1, .unreadableFile(reason: "no such file"))
            ])
        #expect(
            result.diagnostics.first?.description
                == "/nonexistent/shodo/runbook.yaml:1:1: error: cannot read this file: no such file"
        )
    }

    @Test func missingDirectoryIsReported() {
        let result = RunbookLoader().load(directories: ["/nonexistent/shodo-runbooks"])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.file == "/nonexistent/shodo-runbooks")
        #expect(
            result.diagnostics.first?.description
                == "/nonexistent/shodo-runbooks:1:1: error: cannot read this directory: no such directory"
        )
    }

    @Test func aFileGivenAsADirectoryAndADirectoryGivenAsAFileAreReported() throws {
        let workspace = try TestWorkspace()
        let file = try workspace.write("plain.yaml", "format: 1\n")
        let asDirectory = RunbookLoader().load(directories: [file])
        #expect(
            asDirectory.diagnostics.map(\.description) == [
                "\(file):1:1: error: cannot read this directory: Not a directory"
            ])
        let asFile = RunbookLoader().load(directories: [], files: [workspace.directory])
        #expect(
            asFile.diagnostics.map(\.description) == [
                "\(workspace.directory):1:1: error: cannot read this file: it is a directory"
            ])
    }

    @Test func byteOrderMarkDoesNotShiftColumns() throws {
        let found = try problems(
            in:
                "\u{FEFF}format: 1\nid: sample\nversion: 1\ntitle: 見本\ntitel: typo\nsteps:\n  - id: first\n    title: 最初\n"
        )
        #expect(found == [Found(5, 1, .unknownKey("titel", suggestion: "title"))])
    }

    @Test func descriptionIsFileLineColumnSeverityMessage() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(
            "runbook.yaml",
            """
            format: 1
            id: sample
            version: 1
            title: 見本
            titel: typo
            steps:
              - id: first
                title: 最初
            """)
        let result = workspace.load()
        #expect(
            result.diagnostics.map(\.description) == [
                "\(path):5:1: error: unknown key 'titel'; did you mean 'title'? (keys of your own must start with 'x-')"
            ])
    }
}
